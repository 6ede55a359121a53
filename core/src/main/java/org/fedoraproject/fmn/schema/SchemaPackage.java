package org.fedoraproject.fmn.schema;

import java.util.List;

/**
 * The schemas of one Fedora schema distribution ({@code bodhi-messages}, {@code koji-fedoramessaging-messages},
 * ...), as its Python package defines them.
 */
public interface SchemaPackage {

    /** The distribution name, as fedora-messaging's list of schema packages spells it. */
    String name();

    /** Every schema the package defines. */
    List<Schema> schemas();
}

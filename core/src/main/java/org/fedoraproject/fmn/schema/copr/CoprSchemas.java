package org.fedoraproject.fmn.schema.copr;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of copr-messaging. */
public final class CoprSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "copr-messaging";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

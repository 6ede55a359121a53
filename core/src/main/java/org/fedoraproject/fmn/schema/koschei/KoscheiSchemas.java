package org.fedoraproject.fmn.schema.koschei;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of koschei-messages. */
public final class KoscheiSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "koschei-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

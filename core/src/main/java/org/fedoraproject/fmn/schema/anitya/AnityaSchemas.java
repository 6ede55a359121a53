package org.fedoraproject.fmn.schema.anitya;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of anitya-schema. */
public final class AnityaSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "anitya-schema";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

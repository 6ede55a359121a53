package org.fedoraproject.fmn.schema.noggin;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of noggin-messages. */
public final class NogginSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "noggin-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

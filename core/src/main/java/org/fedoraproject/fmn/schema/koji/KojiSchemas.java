package org.fedoraproject.fmn.schema.koji;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of koji-fedoramessaging-messages. */
public final class KojiSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "koji-fedoramessaging-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

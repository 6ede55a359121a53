package org.fedoraproject.fmn.schema.bodhi;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of bodhi-messages. */
public final class BodhiSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "bodhi-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

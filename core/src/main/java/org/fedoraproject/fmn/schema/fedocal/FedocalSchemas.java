package org.fedoraproject.fmn.schema.fedocal;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of fedocal-messages. */
public final class FedocalSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "fedocal-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

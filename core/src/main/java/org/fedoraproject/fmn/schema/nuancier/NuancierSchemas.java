package org.fedoraproject.fmn.schema.nuancier;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of nuancier-messages. */
public final class NuancierSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "nuancier-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

package org.fedoraproject.fmn.schema.fmn;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of fmn-messages. */
public final class FmnSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "fmn-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

package org.fedoraproject.fmn.schema.tahrir;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of tahrir-messages. */
public final class TahrirSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "tahrir-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

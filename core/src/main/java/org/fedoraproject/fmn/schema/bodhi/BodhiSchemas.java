package org.fedoraproject.fmn.schema.bodhi;

import java.util.ArrayList;
import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/**
 * The schemas of bodhi-messages (bodhi 8.1), every {@code fedora.messages} entry point it
 * registers. None of them is marked deprecated upstream.
 */
public final class BodhiSchemas implements SchemaPackage {

    private static final List<Schema> SCHEMAS = assemble();

    @Override
    public String name() {
        return "bodhi-messages";
    }

    @Override
    public List<Schema> schemas() {
        return SCHEMAS;
    }

    private static List<Schema> assemble() {
        List<Schema> all = new ArrayList<>();
        all.addAll(OverrideSchemas.all());
        all.addAll(ComposeSchemas.all());
        all.addAll(UpdateSchemas.all());
        return List.copyOf(all);
    }
}

package org.fedoraproject.fmn.schema.kerneltest;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of kerneltest-messages. */
public final class KerneltestSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "kerneltest-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

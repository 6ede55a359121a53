package org.fedoraproject.fmn.schema.ansible;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of fedorainfra-ansible-messages. */
public final class AnsibleSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "fedorainfra-ansible-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

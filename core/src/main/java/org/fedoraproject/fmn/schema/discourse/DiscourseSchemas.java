package org.fedoraproject.fmn.schema.discourse;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of discourse2fedmsg-messages. */
public final class DiscourseSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "discourse2fedmsg-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

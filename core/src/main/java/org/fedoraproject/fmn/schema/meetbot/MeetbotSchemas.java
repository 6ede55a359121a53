package org.fedoraproject.fmn.schema.meetbot;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of meetbot-messages. */
public final class MeetbotSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "meetbot-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

package org.fedoraproject.fmn.schema.maubot;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of maubot-fedora-messages. */
public final class MaubotSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "maubot-fedora-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

package org.fedoraproject.fmn.schema.githook;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of fedora-messaging-git-hook-messages. */
public final class GitHookSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "fedora-messaging-git-hook-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

package org.fedoraproject.fmn.schema.bugzilla;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of bugzilla2fedmsg-schema. */
public final class BugzillaSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "bugzilla2fedmsg-schema";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

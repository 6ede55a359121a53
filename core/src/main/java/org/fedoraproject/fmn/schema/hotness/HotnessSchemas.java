package org.fedoraproject.fmn.schema.hotness;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of fedora-messaging-the-new-hotness-schema. */
public final class HotnessSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "fedora-messaging-the-new-hotness-schema";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

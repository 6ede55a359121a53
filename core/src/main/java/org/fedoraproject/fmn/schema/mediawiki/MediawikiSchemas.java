package org.fedoraproject.fmn.schema.mediawiki;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of mediawiki-messages. */
public final class MediawikiSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "mediawiki-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

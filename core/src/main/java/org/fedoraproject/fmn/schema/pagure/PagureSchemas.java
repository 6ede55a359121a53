package org.fedoraproject.fmn.schema.pagure;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of pagure-messages. */
public final class PagureSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "pagure-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

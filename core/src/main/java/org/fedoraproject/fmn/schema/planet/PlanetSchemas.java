package org.fedoraproject.fmn.schema.planet;

import java.util.List;

import org.fedoraproject.fmn.schema.Schema;
import org.fedoraproject.fmn.schema.SchemaPackage;

/** The schemas of fedora-planet-messages. */
public final class PlanetSchemas implements SchemaPackage {

    @Override
    public String name() {
        return "fedora-planet-messages";
    }

    @Override
    public List<Schema> schemas() {
        return List.of();
    }
}

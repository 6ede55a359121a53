package org.fedoraproject.fmn.schema;

import java.util.List;

import org.fedoraproject.fmn.schema.anitya.AnityaSchemas;
import org.fedoraproject.fmn.schema.bodhi.BodhiSchemas;
import org.fedoraproject.fmn.schema.bugzilla.BugzillaSchemas;
import org.fedoraproject.fmn.schema.copr.CoprSchemas;
import org.fedoraproject.fmn.schema.discourse.DiscourseSchemas;
import org.fedoraproject.fmn.schema.fedocal.FedocalSchemas;
import org.fedoraproject.fmn.schema.githook.GitHookSchemas;
import org.fedoraproject.fmn.schema.hotness.HotnessSchemas;
import org.fedoraproject.fmn.schema.planet.PlanetSchemas;
import org.fedoraproject.fmn.schema.ansible.AnsibleSchemas;
import org.fedoraproject.fmn.schema.fmn.FmnSchemas;
import org.fedoraproject.fmn.schema.kerneltest.KerneltestSchemas;
import org.fedoraproject.fmn.schema.koji.KojiSchemas;
import org.fedoraproject.fmn.schema.koschei.KoscheiSchemas;
import org.fedoraproject.fmn.schema.maubot.MaubotSchemas;
import org.fedoraproject.fmn.schema.mediawiki.MediawikiSchemas;
import org.fedoraproject.fmn.schema.meetbot.MeetbotSchemas;
import org.fedoraproject.fmn.schema.noggin.NogginSchemas;
import org.fedoraproject.fmn.schema.nuancier.NuancierSchemas;
import org.fedoraproject.fmn.schema.pagure.PagureSchemas;
import org.fedoraproject.fmn.schema.tahrir.TahrirSchemas;

/**
 * The Fedora schema packages FMN understands, named as in fedora-messaging's list of schema
 * packages. To support a new application, write its package beside these and add it here.
 */
public final class FedoraSchemaPackages {

    private static final List<SchemaPackage> ALL = List.of(
            new AnityaSchemas(),
            new BodhiSchemas(),
            new BugzillaSchemas(),
            new CoprSchemas(),
            new DiscourseSchemas(),
            new FedocalSchemas(),
            new GitHookSchemas(),
            new HotnessSchemas(),
            new PlanetSchemas(),
            new AnsibleSchemas(),
            new FmnSchemas(),
            new KerneltestSchemas(),
            new KojiSchemas(),
            new KoscheiSchemas(),
            new MaubotSchemas(),
            new MediawikiSchemas(),
            new MeetbotSchemas(),
            new NogginSchemas(),
            new NuancierSchemas(),
            new PagureSchemas(),
            new TahrirSchemas());

    private FedoraSchemaPackages() {
    }

    public static List<SchemaPackage> all() {
        return ALL;
    }
}

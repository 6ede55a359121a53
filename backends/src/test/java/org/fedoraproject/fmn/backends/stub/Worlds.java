package org.fedoraproject.fmn.backends.stub;

/** Small worlds in the directory and dist-git documents' shapes, served by the doubles. */
public final class Worlds {

    private Worlds() {
    }

    public static final String DIRECTORY = """
            {"users": [
              {"username": "mira", "emails": ["mira@example.org"], "ircnicks": ["matrix:/mira"],
               "groups": ["packager", "kde-sig"]},
              {"username": "oskar", "emails": ["oskar@example.org", "oskar@work.example.com"],
               "ircnicks": ["irc:/oskar", "xmpp:/oskar"], "groups": ["packager", "python-packagers-sig"]},
              {"username": "tomas", "emails": ["tomas@example.org"], "ircnicks": ["matrix://matrix.org/tomas"],
               "groups": ["packager", "python-packagers-sig"]},
              {"username": "miranda", "emails": [], "ircnicks": [], "groups": []},
              {"username": "vera", "emails": ["vera@example.org"], "groups": ["sysadmin-main"]}
            ],
            "groups": [
              {"groupname": "packager", "members": ["mira", "oskar", "tomas"]},
              {"groupname": "kde-sig", "members": ["mira"]},
              {"groupname": "python-packagers-sig", "members": ["oskar", "tomas"]},
              {"groupname": "sysadmin-main", "members": ["vera"]},
              {"groupname": "empty-sig", "members": []}
            ]}
            """;

    public static final String DISTGIT = """
            {"projects": [
              {"namespace": "rpms", "name": "tuxpaint",
               "access_users": {"owner": ["mira"], "admin": [], "commit": ["oskar"], "collaborator": [], "ticket": ["lena"]},
               "access_groups": {"admin": [], "commit": [], "collaborator": [], "ticket": ["design-team"]}},
              {"namespace": "rpms", "name": "python-rich",
               "access_users": {"owner": ["oskar"], "admin": [], "commit": [], "collaborator": ["tomas"], "ticket": []},
               "access_groups": {"admin": [], "commit": ["python-packagers-sig"], "collaborator": [], "ticket": []}},
              {"namespace": "flatpaks", "name": "tuxpaint",
               "access_users": {"owner": ["mira"], "admin": ["tomas"], "commit": [], "collaborator": [], "ticket": []},
               "access_groups": {"admin": ["kde-sig"], "commit": [], "collaborator": [], "ticket": []}},
              {"namespace": "tests", "name": "tuxpaint",
               "access_users": {"owner": ["mira"], "admin": [], "commit": [], "collaborator": [], "ticket": []},
               "access_groups": {"admin": [], "commit": [], "collaborator": [], "ticket": []}},
              {"namespace": "containers", "name": "python-rich-demo",
               "access_users": {"owner": ["oskar"], "admin": [], "commit": [], "collaborator": [], "ticket": []},
               "access_groups": {"admin": [], "commit": [], "collaborator": ["python-packagers-sig"], "ticket": []}}
            ]}
            """;
}

package org.fedoraproject.fmn.notification;

/**
 * What rendering needs to know about the deployment.
 *
 * @param publicUrl the web UI's address; rule pages are {@code <publicUrl>/rules/<id>}
 * @param datagrepperUrl datagrepper's address, for the link to view a message
 * @param maxListedNames the longest list of people or artifacts written into an email header;
 *        longer lists are left out (a mass rebuild's update names hundreds of builds)
 */
public record RenderSettings(String publicUrl, String datagrepperUrl, int maxListedNames) {

    /** Fedora's production addresses. */
    public static final RenderSettings FEDORA = new RenderSettings(
            "https://notifications.fedoraproject.org", "https://apps.fedoraproject.org/datagrepper", 20);

    public RenderSettings {
        publicUrl = stripTrailingSlash(publicUrl);
        datagrepperUrl = stripTrailingSlash(datagrepperUrl);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String rulePage(long ruleId) {
        return publicUrl + "/rules/" + ruleId;
    }

    public String messagePage(String messageId) {
        return datagrepperUrl + "/v2/id?id=" + messageId + "&is_raw=true&size=extra-large";
    }
}

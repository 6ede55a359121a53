package org.fedoraproject.fmn.cache.invalidation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void theEventIsReadWithOrWithoutAPrefix() {
        assertThat(Topics.event("pagure.project.user.added", "pagure.project.")).contains("user.added");
        assertThat(Topics.event("org.fedoraproject.prod.pagure.project.user.added", "pagure.project."))
                .contains("user.added");
        assertThat(Topics.event("io.pagure.prod.pagure.project.new", "pagure.project.")).contains("new");
    }

    @Test
    void aTopicOfAnotherFamilyOrOnlyEndingLikeItHasNoEvent() {
        assertThat(Topics.event("pagure.pull-request.new", "pagure.project.")).isEmpty();
        assertThat(Topics.event("org.fedoraproject.prod.notpagure.project.new", "pagure.project.")).isEmpty();
        assertThat(Topics.event("pagure.project.", "pagure.project.")).isEmpty();
    }
}

package org.fedoraproject.fmn.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.Json;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    @Test
    void numbersAreTruthyAsInPythonWhateverTheirSize() {
        assertThat(JsonValues.truthy(Json.MAPPER.readTree("0"))).isFalse();
        assertThat(JsonValues.truthy(Json.MAPPER.readTree("0.0"))).isFalse();
        assertThat(JsonValues.truthy(Json.MAPPER.readTree("-3"))).isTrue();
        assertThat(JsonValues.truthy(Json.MAPPER.readTree("18446744073709551616"))).isTrue();
        assertThat(JsonValues.truthy(Json.MAPPER.readTree("-1" + "0".repeat(400)))).isTrue();
    }

    @Test
    void numbersBeyondADoubleCompareAsInfinities() {
        assertThat(JsonValues.number(Json.MAPPER.readTree("1" + "0".repeat(400)))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(JsonValues.number(Json.MAPPER.readTree("-1" + "0".repeat(400)))).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(JsonValues.number(Json.MAPPER.readTree("18446744073709551616"))).isEqualTo(0x1p64);
        assertThat(JsonValues.number(Json.MAPPER.readTree("2.5"))).isEqualTo(2.5);
    }
}

package org.fedoraproject.fmn.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.fedoraproject.fmn.message.Json;
import org.junit.jupiter.api.Test;

class PythonFormatTest {

    @Test
    void floatsPrintAsPythonPrintsThem() {
        assertThat(PythonFormat.floatRepr(1.0)).isEqualTo("1.0");
        assertThat(PythonFormat.floatRepr(0.1)).isEqualTo("0.1");
        assertThat(PythonFormat.floatRepr(-2.5)).isEqualTo("-2.5");
        assertThat(PythonFormat.floatRepr(0.0001)).isEqualTo("0.0001");
        assertThat(PythonFormat.floatRepr(0.00001)).isEqualTo("1e-05");
        assertThat(PythonFormat.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(PythonFormat.floatRepr(1234567890123456.0)).isEqualTo("1234567890123456.0");
        assertThat(PythonFormat.floatRepr(1.5e300)).isEqualTo("1.5e+300");
        assertThat(PythonFormat.floatRepr(1600000000.123)).isEqualTo("1600000000.123");
    }

    @Test
    void reprQuotesStringsAsPythonDoes() {
        assertThat(PythonFormat.reprString("plain")).isEqualTo("'plain'");
        assertThat(PythonFormat.reprString("it's")).isEqualTo("\"it's\"");
        assertThat(PythonFormat.reprString("both ' and \"")).isEqualTo("'both \\' and \"'");
        assertThat(PythonFormat.reprString("tab\tnew\nline")).isEqualTo("'tab\\tnew\\nline'");
        assertThat(PythonFormat.reprString("héllo")).isEqualTo("'héllo'");
    }

    @Test
    void reprOfContainersFollowsPython() {
        assertThat(PythonFormat.repr(Json.MAPPER.readTree("{\"a\": [1, true, null, \"x\"], \"b\": {}}")))
                .isEqualTo("{'a': [1, True, None, 'x'], 'b': {}}");
        assertThat(PythonFormat.str(Json.MAPPER.readTree("\"text\""))).isEqualTo("text");
    }

    @Test
    void indentedJsonSortsKeysAndEscapesNonAscii() {
        String dumped = PythonFormat.jsonDumpsIndented(Json.MAPPER.readTree(
                "{\"b\": [1, {\"z\": \"é\", \"a\": []}], \"a\": {}}"));

        assertThat(dumped).isEqualTo("""
                {
                    "a": {},
                    "b": [
                        1,
                        {
                            "a": [],
                            "z": "\\u00e9"
                        }
                    ]
                }""");
    }
}

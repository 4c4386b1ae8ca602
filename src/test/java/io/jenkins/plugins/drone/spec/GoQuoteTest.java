package io.jenkins.plugins.drone.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Proves the Go {@code %q} form, escape by escape, and that YAML reads every one back to the same text. */
class GoQuoteTest {

    @Test
    void escapesWhatGoDoesNotPrint() {
        assertEquals("\"say \\\"hi\\\" \\\\ ok\"", GoQuote.quote("say \"hi\" \\ ok"));
        assertEquals("\"\\a\\b\\f\\n\\r\\t\\v\\x00\\x1b\\x7f\"", GoQuote.quote("\u0007\b\f\n\r\t\u000b\u0000\u001b\u007f"));
        assertEquals("\"\\u0085\\u2028\\u2029\\ufeff\\u00a0\\ue000\\ufffe\\U000f0000\"",
                GoQuote.quote("\u0085\u2028\u2029\ufeff\u00a0\ue000\ufffe\udb80\udc00"));
        assertEquals("\"ünïcödé ✓ 𝄞 $${X}\"", GoQuote.quote("ünïcödé ✓ 𝄞 $${X}"));
    }

    @Test
    void yamlReadsTheQuotedFormBackUnchanged() {
        String text = "a\"b\\c\n\t\u0007\b\f\r\u000b\u0000\u007f\u0085\u2028\u2029\ufeff\u00a0ü𝄞\ue000 end";
        assertEquals(text, new Yaml().load(GoQuote.quote(text)));
    }
}

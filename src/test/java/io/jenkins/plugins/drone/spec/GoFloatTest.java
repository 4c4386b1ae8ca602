package io.jenkins.plugins.drone.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// Proves that floats print like Go's strconv.FormatFloat(f,'g',-1,64) and encoding/json
// (docs/drone-semantics.md#settings-encoding table).
class GoFloatTest {

    @ParameterizedTest
    @CsvSource({
        "2.50, 2.5", "1.10, 1.1", "1.0, 1", "100000.0, 100000", "1e6, 1e+06", "123456789.0, 1.23456789e+08",
        "0.0001, 0.0001", "0.00001, 1e-05", "-2.5, -2.5", "0.1, 0.1", "1e100, 1e+100", "0.3, 0.3",
        "123456.7, 123456.7", "5e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308",
        "0.30000000000000004, 0.30000000000000004"
    })
    void formatsLikeStrconvG(double value, String expected) {
        assertEquals(expected, GoFloat.formatG(value));
    }

    @ParameterizedTest
    @CsvSource({
        "1e6, 1000000", "0.00001, 0.00001", "0.000001, 0.000001", "0.0000001, 1e-7", "1e21, 1e+21",
        "1e20, 100000000000000000000", "2.5, 2.5", "1.0, 1", "-0.0000001, -1e-7"
    })
    void formatsLikeEncodingJson(double value, String expected) {
        assertEquals(expected, GoFloat.formatJson(value));
    }

    @ParameterizedTest
    @CsvSource({"Infinity, +Inf", "-Infinity, -Inf", "NaN, NaN", "0.0, 0", "-0.0, -0"})
    void specialValues(double value, String expected) {
        assertEquals(expected, GoFloat.formatG(value));
    }
}

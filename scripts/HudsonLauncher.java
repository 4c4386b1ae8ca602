import java.lang.reflect.Method;

/**
 * Starts the Hudson 1.395 war on Java 17. Debian's JDK reports {@code java.vm.vendor=Debian}, which
 * XStream 1.3.1 does not know (Hudson then says "your JVM is not supported"); the property cannot be
 * set with -D, so this sets it before calling the war's own {@code Main}. Run with the war on the
 * class path: {@code java -cp hudson.war scripts/HudsonLauncher.java --httpPort=8080}.
 */
public class HudsonLauncher {
    public static void main(String[] args) throws Exception {
        System.setProperty("java.vm.vendor", "Oracle Corporation");
        Method main = Class.forName("Main").getMethod("main", String[].class);
        main.invoke(null, (Object) args);
    }
}

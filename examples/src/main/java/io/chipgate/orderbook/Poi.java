package io.chipgate.orderbook;

/**
 * Apache POI logs through the Log4j API; chipgate bundles no Log4j implementation, so without this the API prints
 * "could not find a logging provider" on the first workbook read or written. POI's messages are not for the user
 * of a command line (problems surface as chipgate's own one-line errors), so its logging goes to Log4j's simple
 * logger, switched off, unless the user set the properties.
 */
final class Poi {
    private Poi() {
    }

    /** Sets the properties once, before the first POI class logs. */
    static void quiet() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("log4j2.simplelogLevel", "OFF");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

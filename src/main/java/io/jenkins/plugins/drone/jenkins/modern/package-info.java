/** Modern core types Hudson 1.395 lacks: classes defined at runtime, and the names they use. Imports the JDK only. */
package io.jenkins.plugins.drone.jenkins.modern;

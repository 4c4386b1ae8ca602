/** Callables sent to agents (run a pipeline, probe Docker, sweep leftovers), their event stream, and the runs alive on this controller. Imports only the engine and plan. */
package io.jenkins.plugins.drone.jenkins.remoting;

/**
 * The {@link io.jenkins.plugins.drone.engine.ContainerEngine} on Docker, through docker-java:
 * {@link io.jenkins.plugins.drone.engine.docker.DockerContainerEngine} creates networks, volumes and containers
 * (host settings from {@link io.jenkins.plugins.drone.engine.docker.HostConfigs}), pulls images, follows logs line by
 * line and samples figures; {@link io.jenkins.plugins.drone.engine.docker.DockerJanitor} removes what dead runs left.
 * The only package that talks to Docker.
 */
package io.jenkins.plugins.drone.engine.docker;

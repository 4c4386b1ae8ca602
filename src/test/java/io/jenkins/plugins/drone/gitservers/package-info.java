/** Real git servers for tests on loopback (OpenSSH's sshd, Apache with git-http-backend) and the keys they use; imports no plugin code. */
package io.jenkins.plugins.drone.gitservers;

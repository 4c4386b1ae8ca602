/** The credentials of the forms (secrets, registry and git credentials) and the one provider shape they resolve through. Imports no other jenkins package. */
package io.jenkins.plugins.drone.jenkins.secrets;

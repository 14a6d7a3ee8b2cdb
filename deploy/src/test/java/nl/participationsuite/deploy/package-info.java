/** Tests of the deployment files: the Kubernetes manifests, the compose file and the image's Dockerfile. */
package nl.participationsuite.deploy;

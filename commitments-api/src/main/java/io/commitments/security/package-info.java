/** Who is calling: people's accounts, authentication, roles, and the actor recorded with every command. */
package io.commitments.security;

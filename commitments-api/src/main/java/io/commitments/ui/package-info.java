/** The web pages the application serves itself: sign-in, partnerships, meetings, commitments and accountability. */
package io.commitments.ui;

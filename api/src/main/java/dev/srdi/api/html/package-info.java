/** Pages for people: the document view as one self-contained HTML file, written from the same JSON a program reads. */
package dev.srdi.api.html;

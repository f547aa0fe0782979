/* nv-link.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-link.h"

/*
 * An agenda item's attachments are lines of text from the user or from
 * a file someone sent. Only two kinds of line are ever opened, and only
 * when the user clicks: https: addresses, and file: URIs (or absolute
 * paths) of documents. Everything else (http:, javascript:, data:,
 * smb:, a command) stays text, since opening it could run something.
 */

G_DEFINE_QUARK (nv-link-error-quark, nv_link_error)

static gboolean
has_no_space_or_control (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || *p == 0x7f)
      return FALSE;
  return TRUE;
}

static char *
web_uri (const char *text)
{
  g_autoptr(GUri) uri = NULL;

  if (!has_no_space_or_control (text))
    return NULL;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL ||
      g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") != 0 ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      g_uri_get_userinfo (uri) != NULL)
    return NULL;

  return g_uri_to_string (uri);
}

static char *
file_uri (const char *text)
{
  g_autofree char *path = NULL;
  g_autofree char *host = NULL;

  if (g_path_is_absolute (text))
    path = g_strdup (text);
  else if (g_str_has_prefix (text, "file:"))
    path = g_filename_from_uri (text, &host, NULL);

  /* A file on another machine is reached through some other program */
  if (host != NULL && g_ascii_strcasecmp (host, "localhost") != 0)
    return NULL;

  if (path == NULL || !g_utf8_validate (path, -1, NULL))
    return NULL;

  return g_filename_to_uri (path, NULL, NULL);
}

/**
 * nv_link_to_uri:
 * @text: one line as the user wrote it
 *
 * Returns: (transfer full) (nullable): the https: or file: URI that
 * @text names, or %NULL if it is not a link Netværk opens
 */
char *
nv_link_to_uri (const char *text)
{
  g_autofree char *trimmed = NULL;

  if (text == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (text));
  if (g_ascii_strncasecmp (trimmed, "https:", 6) == 0)
    return web_uri (trimmed);
  return file_uri (trimmed);
}

/* Types whose default handler runs, installs or launches something */
static gboolean
is_program_type (const char *content_type)
{
  static const char * const program_types[] = {
    "application/x-executable",
    "application/x-sharedlib",
    "application/x-desktop",
    "application/x-shellscript",
    "application/x-ms-dos-executable",
    "application/vnd.microsoft.portable-executable",
    "application/x-msi",
    "application/x-ms-shortcut",
    "application/x-java-archive",
    "application/x-java-jnlp-file",
    "application/vnd.appimage",
    "application/vnd.flatpak.ref",
    "application/vnd.flatpak",
    "application/x-deb",
    "application/x-rpm",
  };

  for (guint i = 0; i < G_N_ELEMENTS (program_types); i++)
    if (g_content_type_is_a (content_type, program_types[i]))
      return TRUE;
  return FALSE;
}

/**
 * nv_link_check_file:
 * @uri: a URI from nv_link_to_uri()
 *
 * The system's default handler for a program, an installer or a
 * launcher is to run it; a document someone attached must never do
 * that. A text file marked executable is a script, whatever its name.
 *
 * Returns: %TRUE if @uri may be handed to the default handler
 */
gboolean
nv_link_check_file (const char  *uri,
                    GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;
  const char *content_type;
  gboolean executable;

  if (!g_str_has_prefix (uri, "file:"))
    return TRUE;

  file = g_file_new_for_uri (uri);
  name = g_file_get_parse_name (file);
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE ","
                            G_FILE_ATTRIBUTE_ACCESS_CAN_EXECUTE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return FALSE;

  content_type = g_file_info_get_content_type (info);
  executable = g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
               g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_EXECUTE);
  if (content_type != NULL &&
      (is_program_type (content_type) || (executable && g_content_type_is_a (content_type, "text/plain"))))
    {
      g_set_error (error, NV_LINK_ERROR, NV_LINK_ERROR_PROGRAM,
                   _("“%s” is a program or a launcher; Netværk opens documents and web pages only"), name);
      return FALSE;
    }

  return TRUE;
}

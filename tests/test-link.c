/* test-link.c: only https: and file: links to documents are opened
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "nv-link.h"

static void
test_which_links (void)
{
  static const struct {
    const char *text;
    const char *uri;
  } cases[] = {
    { "https://www.kk.dk/dagsorden.pdf", "https://www.kk.dk/dagsorden.pdf" },
    { "  https://www.kk.dk/bilag?id=4#side2 \n", "https://www.kk.dk/bilag?id=4#side2" },
    { "/home/karen/Bilag 1.pdf", "file:///home/karen/Bilag%201.pdf" },
    { "file:///home/karen/Referat%202027.odt", "file:///home/karen/Referat%202027.odt" },
    { "file://localhost/tmp/x.pdf", "file:///tmp/x.pdf" },
    /* Stays text */
    { "Bilag 1: budgetoversigt", NULL },
    { "http://www.kk.dk/", NULL },
    { "javascript:alert(1)", NULL },
    { "JavaScript:alert(1)", NULL },
    { "data:text/html,<script>alert(1)</script>", NULL },
    { "smb://server/deling/bilag.pdf", NULL },
    { "ftp://server/bilag.pdf", NULL },
    { "mailto:karen@kk.dk", NULL },
    { "https://bruger:kode@www.kk.dk/", NULL },
    { "https:///uden-vaert", NULL },
    { "https://www.kk.dk/a b", NULL },
    { "https://www.kk.dk/\x1b[2J", NULL },
    { "file://andenmaskine/tmp/x.pdf", NULL },
    { "rm -rf ~", NULL },
    { "bilag.pdf", NULL },
    { "", NULL },
  };

  g_assert_null (nv_link_to_uri (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *uri = nv_link_to_uri (cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (uri, ==, cases[i].uri);
    }
}

static char *
write_file (const char *dir,
            const char *name,
            const char *contents,
            int         mode)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
  return g_filename_to_uri (path, NULL, NULL);
}

static void
assert_refused (const char *uri)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (nv_link_check_file (uri, &error));
  g_assert_error (error, NV_LINK_ERROR, NV_LINK_ERROR_PROGRAM);
}

static void
test_programs_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("netvaerk-link-XXXXXX", NULL);
  g_autofree char *pdf = write_file (dir, "dagsorden.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", 0644);
  g_autofree char *pdf_on_usb_stick = write_file (dir, "referat.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", 0755);
  g_autofree char *text = write_file (dir, "noter.txt", "Husk kaffe\n", 0644);
  g_autofree char *script = write_file (dir, "bilag.txt", "#!/bin/sh\nrm -rf ~\n", 0755);
  g_autofree char *shell = write_file (dir, "bilag.sh", "#!/bin/sh\nrm -rf ~\n", 0644);
  g_autofree char *launcher = write_file (dir, "bilag.desktop",
                                          "[Desktop Entry]\nType=Application\nName=Bilag\nExec=sh -c 'rm -rf ~'\n", 0644);
  g_autofree char *windows = write_file (dir, "bilag.exe", "MZ\x90", 0644);
  g_autofree char *missing = g_filename_to_uri ("/nonexistent/bilag.pdf", NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (nv_link_check_file ("https://www.kk.dk/", NULL));
  g_assert_true (nv_link_check_file (pdf, NULL));
  g_assert_true (nv_link_check_file (pdf_on_usb_stick, NULL));
  g_assert_true (nv_link_check_file (text, NULL));

  assert_refused (script);
  assert_refused (shell);
  assert_refused (launcher);
  assert_refused (windows);

  g_assert_false (nv_link_check_file (missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/link/which-links", test_which_links);
  g_test_add_func ("/link/programs-refused", test_programs_refused);

  return g_test_run ();
}

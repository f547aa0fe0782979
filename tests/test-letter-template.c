/* test-letter-template.c: filling invitation letter templates
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "nv-letter-template.h"

static GHashTable *
seed_values (void)
{
  GHashTable *values = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_insert (values, "place_and_date", "Vejle, 2. marts 2027");
  g_hash_table_insert (values, "recipient", "Karen {chair} & <b>Hansen</b>");
  g_hash_table_insert (values, "meeting_time", "tirsdag d. 21. april 2027 kl. 15.00");
  g_hash_table_insert (values, "number_invited", "8");
  g_hash_table_insert (values, "chair", "Søren Sørensen");
  return values;
}

static char *
read_letter (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("NETVAERK_SOURCE_DIR"), "tests", "letters", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* The seed's letter: every gap filled, values as they are, fields
 * without a value empty */
static void
test_seed_letter (void)
{
  g_autoptr(GHashTable) values = seed_values ();
  g_autofree char *template_text = read_letter ("familieplejere-da.txt");
  g_autoptr(GError) error = NULL;
  g_autofree char *letter = nv_letter_template_fill (template_text, values, &error);

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (letter, "Vejle, 2. marts 2027\n\nKære Karen {chair} & <b>Hansen</b>\n"));
  g_assert_nonnull (strstr (letter, "Den tirsdag d. 21. april 2027 kl. 15.00 afholder"));
  g_assert_nonnull (strstr (letter, "Jeg har inviteret 8 familieplejere"));
  g_assert_nonnull (strstr (letter, "\nSøren Sørensen vil være ordstyrer"));
  g_assert_nonnull (strstr (letter, "Med venlig hilsen\n\n"));
  /* The one brace left is the one in the recipient's name */
  g_assert_true (strchr (letter, '{') == strstr (letter, "{chair}"));
  g_assert_null (strchr (strstr (letter, "{chair}") + 1, '{'));
}

static void
test_english_letter (void)
{
  g_autoptr(GHashTable) values = seed_values ();
  g_autofree char *template_text = read_letter ("english.txt");
  g_autoptr(GError) error = NULL;
  g_autofree char *letter = nv_letter_template_fill (template_text, values, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (letter, "Dear Karen {chair} & <b>Hansen</b>,"));
  g_assert_nonnull (strstr (letter, "\n{Braces} are written twice."));
}

static void
test_braces (void)
{
  g_autoptr(GHashTable) values = seed_values ();
  g_autofree char *letter = nv_letter_template_fill ("{{recipient}} = {recipient}; }}{{", values, NULL);
  g_autofree char *escaped = nv_letter_template_escape ("a {b} }{");
  g_autofree char *back = nv_letter_template_fill (escaped, NULL, NULL);

  g_assert_cmpstr (letter, ==, "{recipient} = Karen {chair} & <b>Hansen</b>; }{");
  g_assert_cmpstr (escaped, ==, "a {{b}} }}{{");
  g_assert_cmpstr (back, ==, "a {b} }{");
}

static void
test_errors (void)
{
  static const struct {
    const char *template_text;
    int code;
    const char *message;
  } cases[] = {
    { "Kære {navn}", NV_LETTER_TEMPLATE_ERROR_UNKNOWN_FIELD, "Line 1: “{navn}” is not a field of the letter" },
    { "Hej\n\n{}", NV_LETTER_TEMPLATE_ERROR_UNKNOWN_FIELD, "Line 3: “{}” is not a field of the letter" },
    { "Hej\n{recipient", NV_LETTER_TEMPLATE_ERROR_UNCLOSED, "Line 2: a “{” is not closed on its line; write “{{” for a brace" },
    { "{recipient\n}", NV_LETTER_TEMPLATE_ERROR_UNCLOSED, "Line 1: a “{” is not closed on its line; write “{{” for a brace" },
    { "{re{cipient}", NV_LETTER_TEMPLATE_ERROR_UNCLOSED, "Line 1: a “{” is not closed on its line; write “{{” for a brace" },
    { "a\nb\nc }", NV_LETTER_TEMPLATE_ERROR_STRAY_BRACE, "Line 3: a “}” without its “{”; write “}}” for a brace" },
    { "\xff{recipient}", NV_LETTER_TEMPLATE_ERROR_ENCODING, "The template is not UTF-8 text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *letter = nv_letter_template_fill (cases[i].template_text, NULL, &error);

      g_assert_null (letter);
      g_assert_error (error, NV_LETTER_TEMPLATE_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* A very long unknown "field" is quoted short */
static void
test_long_unknown_field (void)
{
  g_autofree char *long_name = g_strnfill (100000, 'x');
  g_autofree char *template_text = g_strdup_printf ("{%s}", long_name);
  g_autoptr(GError) error = NULL;

  g_assert_null (nv_letter_template_fill (template_text, NULL, &error));
  g_assert_error (error, NV_LETTER_TEMPLATE_ERROR, NV_LETTER_TEMPLATE_ERROR_UNKNOWN_FIELD);
  g_assert_cmpuint (strlen (error->message), <, 200);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/letter-template/seed-letter", test_seed_letter);
  g_test_add_func ("/letter-template/english-letter", test_english_letter);
  g_test_add_func ("/letter-template/braces", test_braces);
  g_test_add_func ("/letter-template/errors", test_errors);
  g_test_add_func ("/letter-template/long-unknown-field", test_long_unknown_field);

  return g_test_run ();
}

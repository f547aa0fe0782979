/* nv-json-check.c: strict JSON reading, into json-glib's nodes
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nv-json-check.h"
#include "nv-plan-file.h"

#include <stdlib.h>

/*
 * json-glib 1.6 reads JSON with a lenient scanner: it accepts comments,
 * single quotes, octal and hexadecimal numbers, raw line breaks in text,
 * invalid escapes, a second value after the first, and lone surrogate
 * escapes, which it turns into invalid UTF-8 that a later save writes
 * into a file nobody can open again. Its errors point at the token
 * before the problem, in bytes, in English. So a plan file is checked
 * against RFC 8259 here first, and what json-glib then parses is plain
 * JSON. Positions are the offending character's line and column (in
 * characters, from 1).
 *
 * The same pass builds the tree of JsonNodes that json-glib's parser
 * would: checking and parsing are one walk over the text, and json-glib's
 * scanner (half of a large plan's load time) is not needed at all.
 */

typedef struct
{
  const char  *data;
  const char  *end;
  const char  *p;
  guint        depth;
  guint        max_depth;
  GString     *text;      /* the text read last */
  GError     **error;

  /* Only for reading value by value (NvJsonScanner) */
  GString     *key;           /* the member name read last */
  gboolean     at_container;  /* at the bracket of an object or list not entered yet */
} Checker;

struct _NvJsonScanner
{
  Checker checker;
};

static void
position_of (const char *data,
             const char *at,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;
  for (const char *p = data; p < at; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) *p & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

void
nv_json_position (const char *data,
                  const char *at,
                  guint      *line,
                  guint      *column)
{
  position_of (data, at, line, column);
}

static gboolean
fail_with (Checker    *c,
           const char *at,
           int         code,
           const char *detail)
{
  guint line, column;

  position_of (c->data, at, &line, &column);
  if (code == NV_PLAN_ERROR_SYNTAX)
    /* Translators: "Line 5, column 3: the file is not valid JSON (comments are not allowed)" */
    g_set_error (c->error, NV_PLAN_ERROR, code,
                 _("Line %u, column %u: the file is not valid JSON (%s)"), line, column, detail);
  else
    /* Translators: "Line 5, column 3: the number 99999999999999999999 is too large" */
    g_set_error (c->error, NV_PLAN_ERROR, code,
                 _("Line %u, column %u: %s"), line, column, detail);
  return FALSE;
}

static gboolean
fail (Checker    *c,
      const char *at,
      const char *detail)
{
  return fail_with (c, at, NV_PLAN_ERROR_SYNTAX, detail);
}

/* What stands at @at, for a message: the character itself, quoted, or a
 * code point for characters that do not show. */
static char *
describe_found (Checker    *c,
                const char *at)
{
  gunichar ch;
  char utf8[7] = { 0 };

  if (at >= c->end)
    return g_strdup (_("the end of the file"));

  ch = g_utf8_get_char (at);
  if (g_unichar_iscntrl (ch) || g_unichar_isspace (ch) || !g_unichar_isprint (ch))
    return g_strdup_printf ("U+%04X", ch);

  g_unichar_to_utf8 (ch, utf8);
  return g_strdup_printf ("“%s”", utf8);
}

static gboolean
fail_expected (Checker    *c,
               const char *expected)
{
  g_autofree char *found = describe_found (c, c->p);
  g_autofree char *detail = NULL;

  if (c->p >= c->end)
    return fail (c, c->p, _("the file ends too early"));

  if (*c->p == '/' || *c->p == '#')
    return fail (c, c->p, _("comments are not allowed"));

  if (*c->p == '\'')
    return fail (c, c->p, _("text must be in double quotes"));

  /* Translators: "expected “,” or “}”, found “x”" */
  detail = g_strdup_printf (_("expected %s, found %s"), expected, found);
  return fail (c, c->p, detail);
}

static void
skip_space (Checker *c)
{
  while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
    c->p++;
}

static int
hex_value (char ch)
{
  if (ch >= '0' && ch <= '9')
    return ch - '0';
  if (ch >= 'a' && ch <= 'f')
    return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F')
    return ch - 'A' + 10;
  return -1;
}

/* Reads "\uXXXX" at c->p (at the backslash) */
static gboolean
read_unicode_escape (Checker  *c,
                     gunichar *code)
{
  *code = 0;
  if (c->end - c->p < 6 || c->p[0] != '\\' || c->p[1] != 'u')
    return FALSE;

  for (int i = 2; i < 6; i++)
    {
      int digit = hex_value (c->p[i]);

      if (digit < 0)
        return FALSE;
      *code = *code * 16 + digit;
    }

  c->p += 6;
  return TRUE;
}

/* Reads the escape at c->p (at the backslash) into @out */
static gboolean
check_escape (Checker *c,
              GString *out)
{
  static const char plain[] = "\"\\/bfnrt";
  static const char meaning[] = "\"\\/\b\f\n\r\t";
  const char *start = c->p;
  const char *simple;
  gunichar code, low;

  if (c->p + 1 >= c->end)
    return fail (c, c->end, _("the file ends too early"));

  simple = c->p[1] != '\0' ? strchr (plain, c->p[1]) : NULL;
  if (simple != NULL)
    {
      g_string_append_c (out, meaning[simple - plain]);
      c->p += 2;
      return TRUE;
    }

  switch (c->p[1])
    {

    case 'u':
      if (!read_unicode_escape (c, &code))
        return fail (c, start, _("“\\u” must be followed by four hexadecimal digits"));

      if (code == 0)
        return fail (c, start, _("text may not contain the character U+0000"));

      if (code >= 0xDC00 && code <= 0xDFFF)
        return fail (c, start, _("a “\\u” escape is half of a character (a lone surrogate)"));

      if (code >= 0xD800 && code <= 0xDBFF)
        {
          if (!read_unicode_escape (c, &low) || low < 0xDC00 || low > 0xDFFF)
            return fail (c, start, _("a “\\u” escape is half of a character (a lone surrogate)"));
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
      g_string_append_unichar (out, code);
      return TRUE;

    default:
      {
        g_autofree char *found = describe_found (c, c->p + 1);
        g_autofree char *detail = g_strdup_printf (_("“\\” followed by %s is not a valid escape"), found);

        return fail (c, start, detail);
      }
    }
}

/* Reads the text at c->p (at its opening quote) into c->text, which is
 * used again for every text: json-glib copies what it keeps */
static gboolean
check_string (Checker *c)
{
  const char *opening = c->p;
  const char *run;

  c->p++;  /* the opening quote */
  run = c->p;
  g_string_truncate (c->text, 0);

  while (c->p < c->end)
    {
      guchar ch = *c->p;

      if (ch == '"')
        {
          g_string_append_len (c->text, run, c->p - run);
          c->p++;
          return TRUE;
        }

      if (ch == '\\')
        {
          g_string_append_len (c->text, run, c->p - run);
          if (!check_escape (c, c->text))
            return FALSE;
          run = c->p;
          continue;
        }

      if (ch == '\n' || ch == '\r')
        return fail (c, opening, _("the text that starts here has no closing quote on its line"));

      if (ch < 0x20)
        return fail (c, c->p, _("a control character inside text must be written as an escape"));

      c->p++;
    }

  return fail (c, c->end, _("the file ends inside a text"));
}

/* Whole numbers must fit in 64 bits: json-glib would silently clamp them */
static gboolean
check_integer_range (Checker    *c,
                     const char *start,
                     const char *digits,
                     gboolean    negative)
{
  guint64 limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
  guint64 value = 0;

  for (const char *p = digits; p < c->p; p++)
    {
      guint digit = *p - '0';

      if (value > (limit - digit) / 10)
        {
          g_autofree char *number = g_strndup (start, c->p - start);
          g_autofree char *detail = g_strdup_printf (_("the number %s is too large"), number);

          return fail_with (c, start, NV_PLAN_ERROR_VALUE, detail);
        }
      value = value * 10 + digit;
    }

  return TRUE;
}

static gboolean
skip_digits (Checker *c)
{
  const char *start = c->p;

  while (c->p < c->end && g_ascii_isdigit (*c->p))
    c->p++;
  return c->p > start;
}

static gboolean
check_number (Checker *c)
{
  const char *start = c->p;
  const char *digits;
  gboolean negative = FALSE;
  gboolean integer = TRUE;

  if (*c->p == '-')
    {
      negative = TRUE;
      c->p++;
    }

  digits = c->p;
  if (c->p >= c->end || !g_ascii_isdigit (*c->p))
    return fail_expected (c, _("a digit"));

  if (*c->p == '0')
    {
      c->p++;
      if (c->p < c->end && g_ascii_isdigit (*c->p))
        return fail (c, start, _("a number may not start with 0"));
    }
  else
    skip_digits (c);

  if (c->p < c->end && *c->p == '.')
    {
      integer = FALSE;
      c->p++;
      if (!skip_digits (c))
        return fail_expected (c, _("a digit"));
    }

  if (c->p < c->end && (*c->p == 'e' || *c->p == 'E'))
    {
      integer = FALSE;
      c->p++;
      if (c->p < c->end && (*c->p == '+' || *c->p == '-'))
        c->p++;
      if (!skip_digits (c))
        return fail_expected (c, _("a digit"));
    }

  return !integer || check_integer_range (c, start, digits, negative);
}

/* "0xA", "12abc", "1.5.2": report the whole word, not its second half.
 * A whole number is an int64, any other a double, as json-glib makes them. */
static gboolean
read_number_word (Checker     *c,
                  NvJsonValue *value)
{
  const char *start = c->p;
  gboolean integer;

  if (!check_number (c))
    return FALSE;

  if (c->p < c->end && (g_ascii_isalnum (*c->p) || *c->p == '.' || *c->p == '_'))
    {
      const char *word_end = c->p;
      g_autofree char *word = NULL;
      g_autofree char *detail = NULL;

      while (word_end < c->end && (g_ascii_isalnum (*word_end) || *word_end == '.' || *word_end == '_'))
        word_end++;
      word = g_strndup (start, word_end - start);
      detail = g_strdup_printf (_("“%s” is not a valid number"), word);
      return fail (c, start, detail);
    }

  integer = memchr (start, '.', c->p - start) == NULL && memchr (start, 'e', c->p - start) == NULL &&
            memchr (start, 'E', c->p - start) == NULL;
  if (integer)
    *value = (NvJsonValue) { .kind = NV_JSON_INTEGER, .integer = g_ascii_strtoll (start, NULL, 10) };
  else
    *value = (NvJsonValue) { .kind = NV_JSON_DOUBLE, .number = g_ascii_strtod (start, NULL) };
  return TRUE;
}

/* true, false or null */
static gboolean
read_literal (Checker     *c,
              const char  *word,
              NvJsonValue *value)
{
  gsize length = strlen (word);

  if ((gsize) (c->end - c->p) < length || memcmp (c->p, word, length) != 0)
    return fail_expected (c, _("a value"));

  c->p += length;
  if (word[0] == 'n')
    *value = (NvJsonValue) { .kind = NV_JSON_NULL };
  else
    *value = (NvJsonValue) { .kind = NV_JSON_BOOLEAN, .boolean = word[0] == 't' };
  return TRUE;
}

/* A value at c->p: text, a number, true, false or null is read whole
 * (text into c->text); of an object or a list only the kind is told,
 * and c->p stays at its bracket. */
static gboolean
read_value_start (Checker     *c,
                  NvJsonValue *value)
{
  if (c->p >= c->end)
    return fail_expected (c, _("a value"));

  switch (*c->p)
    {
    case '{':
      *value = (NvJsonValue) { .kind = NV_JSON_OBJECT };
      return TRUE;
    case '[':
      *value = (NvJsonValue) { .kind = NV_JSON_ARRAY };
      return TRUE;
    case '"':
      if (!check_string (c))
        return FALSE;
      *value = (NvJsonValue) { .kind = NV_JSON_STRING, .string = c->text->str };
      return TRUE;
    case 't':
      return read_literal (c, "true", value);
    case 'f':
      return read_literal (c, "false", value);
    case 'n':
      return read_literal (c, "null", value);
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return read_number_word (c, value);
    default:
      return fail_expected (c, _("a value"));
    }
}

static JsonNode *
node_from_scalar (const NvJsonValue *value)
{
  JsonNode *node = json_node_alloc ();

  switch (value->kind)
    {
    case NV_JSON_STRING:
      return json_node_init_string (node, value->string);
    case NV_JSON_INTEGER:
      return json_node_init_int (node, value->integer);
    case NV_JSON_DOUBLE:
      return json_node_init_double (node, value->number);
    case NV_JSON_BOOLEAN:
      return json_node_init_boolean (node, value->boolean);
    case NV_JSON_NULL:
    case NV_JSON_OBJECT:
    case NV_JSON_ARRAY:
    default:
      return json_node_init_null (node);
    }
}

static gboolean check_value (Checker   *c,
                             JsonNode **node);

static gboolean
starts_value (char ch)
{
  return strchr ("{[\"-0123456789tfn", ch) != NULL;
}

/* Whether a member ("name": …) starts at c->p: in a list that means
 * the list's "]" is missing, not a comma. */
static gboolean
starts_member (Checker *c)
{
  const char *p = c->p;

  if (p >= c->end || *p != '"')
    return FALSE;

  for (p++; p < c->end && *p != '"'; p++)
    if (*p == '\\')
      p++;

  for (p++; p < c->end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'); p++)
    ;

  return p < c->end && *p == ':';
}

/* After a member or element: a comma and more, or the closing @bracket.
 * Leaves c->p at the next member or element, or at the bracket. The
 * two usual slips are reported where they are: a comma before the
 * bracket, and a missing comma (where it should be). */
static gboolean
check_separator (Checker    *c,
                 char        bracket,
                 char        next_start,
                 const char *missing_comma)
{
  const char *after_value = c->p;
  const char *comma;
  g_autofree char *detail = NULL;

  skip_space (c);
  if (c->p < c->end && *c->p == bracket)
    return TRUE;

  if (c->p < c->end && *c->p == ',')
    {
      comma = c->p++;
      skip_space (c);
      if (c->p < c->end && *c->p == bracket)
        {
          detail = g_strdup_printf (_("there is a “,” before the closing “%c”"), bracket);
          return fail (c, comma, detail);
        }
      return TRUE;
    }

  if (c->p < c->end && (next_start ? *c->p == next_start : starts_value (*c->p)) &&
      !(bracket == ']' && starts_member (c)))
    return fail (c, after_value, missing_comma);

  detail = g_strdup_printf (_("“,” or “%c”"), bracket);
  return fail_expected (c, detail);
}

static gboolean
enter (Checker *c)
{
  if (++c->depth > c->max_depth)
    {
      g_autofree char *detail =
        g_strdup_printf (_("lists and objects are nested deeper than a plan allows (%u)"), c->max_depth);

      return fail_with (c, c->p, NV_PLAN_ERROR_TOO_DEEP, detail);
    }

  c->p++;  /* the bracket */
  skip_space (c);
  return TRUE;
}

/* "name": value, into @container's object */
static gboolean
check_member (Checker  *c,
              JsonNode *container)
{
  char short_name[64];
  g_autofree char *long_name = NULL;
  const char *name;
  JsonNode *value = NULL;

  if (c->p >= c->end || *c->p != '"')
    return fail_expected (c, _("a member name in double quotes"));
  if (!check_string (c))
    return FALSE;

  /* The value's text takes c->text next: the name is kept aside, on the
   * stack for the usual short names */
  if (c->text->len < sizeof short_name)
    name = memcpy (short_name, c->text->str, c->text->len + 1);
  else
    name = long_name = g_strndup (c->text->str, c->text->len);

  skip_space (c);
  if (c->p >= c->end || *c->p != ':')
    return fail_expected (c, "“:”");
  c->p++;
  skip_space (c);

  if (!check_value (c, &value))
    return FALSE;
  json_object_set_member (json_node_get_object (container), name, value);
  return TRUE;
}

/* A value, into @container's array */
static gboolean
check_element (Checker  *c,
               JsonNode *container)
{
  JsonNode *value = NULL;

  if (!check_value (c, &value))
    return FALSE;
  json_array_add_element (json_node_get_array (container), value);
  return TRUE;
}

/* An object or a list: items separated by commas up to @closing */
static gboolean
check_container (Checker     *c,
                 char         closing,
                 gboolean   (*check_item) (Checker  *c,
                                           JsonNode *container),
                 char         item_start,
                 const char  *missing_comma,
                 JsonNode    *container)
{
  if (!enter (c))
    return FALSE;

  while (c->p >= c->end || *c->p != closing)
    {
      if (!check_item (c, container) || !check_separator (c, closing, item_start, missing_comma))
        return FALSE;
    }

  c->p++;
  c->depth--;
  return TRUE;
}

static gboolean
check_object (Checker   *c,
              JsonNode **node)
{
  g_autoptr(JsonNode) object = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (object, json_object_new ());
  if (!check_container (c, '}', check_member, '"', _("a “,” is missing between two members"), object))
    return FALSE;

  *node = g_steal_pointer (&object);
  return TRUE;
}

static gboolean
check_array (Checker   *c,
             JsonNode **node)
{
  g_autoptr(JsonNode) array = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (array, json_array_new ());
  if (!check_container (c, ']', check_element, 0, _("a “,” is missing between two values"), array))
    return FALSE;

  *node = g_steal_pointer (&array);
  return TRUE;
}

/* Any value at c->p; @node is set only when it is read whole */
static gboolean
check_value (Checker   *c,
             JsonNode **node)
{
  NvJsonValue value;

  if (!read_value_start (c, &value))
    return FALSE;

  switch (value.kind)
    {
    case NV_JSON_OBJECT:
      return check_object (c, node);
    case NV_JSON_ARRAY:
      return check_array (c, node);
    default:
      *node = node_from_scalar (&value);
      return TRUE;
    }
}

/**
 * nv_json_parse:
 * @data: UTF-8 text (already validated)
 *
 * Reads @data as exactly one JSON value, by RFC 8259, nested at most
 * @max_depth deep, with whole numbers that fit in 64 bits and text that
 * holds only whole characters.
 *
 * Returns: (transfer full) (nullable): the value, or %NULL with @error
 * set to where and why @data is not such JSON
 */
JsonNode *
nv_json_parse (const char  *data,
               gsize        length,
               guint        max_depth,
               GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) text = g_string_sized_new (256);
  Checker c = {
    .data = data,
    .end = data + length,
    .p = data,
    .max_depth = max_depth,
    .text = text,
    .error = error,
  };

  skip_space (&c);
  if (c.p >= c.end)
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_SYNTAX, _("The file is empty"));
      return NULL;
    }

  if (!check_value (&c, &root))
    return NULL;

  skip_space (&c);
  if (c.p < c.end)
    {
      fail (&c, c.p, _("there is more after the end of the plan"));
      return NULL;
    }

  return g_steal_pointer (&root);
}

/*
 * Reading value by value. The plan reader builds the model straight
 * from the text with these, without a tree of JsonNodes in between:
 * the same checks, the same messages, a fraction of the memory.
 */

/**
 * nv_json_scanner_new:
 * @data: UTF-8 text (already validated), kept by the caller until the
 *   scanner is freed
 */
NvJsonScanner *
nv_json_scanner_new (const char *data,
                     gsize       length,
                     guint       max_depth)
{
  NvJsonScanner *self = g_new0 (NvJsonScanner, 1);

  self->checker = (Checker) {
    .data = data,
    .end = data + length,
    .p = data,
    .max_depth = max_depth,
    .text = g_string_sized_new (256),
    .key = g_string_sized_new (64),
  };
  return self;
}

void
nv_json_scanner_free (NvJsonScanner *self)
{
  g_string_free (self->checker.text, TRUE);
  g_string_free (self->checker.key, TRUE);
  g_free (self);
}

/**
 * nv_json_scanner_next_value:
 * @value: (out): the value
 *
 * Reads the next value. Text (valid until the next read), a number,
 * true, false or null is read whole. Of an object or a list only its
 * kind is read: go on with nv_json_scanner_next_member() or
 * nv_json_scanner_next_element() until they return %NV_JSON_END, or
 * read it whole with nv_json_scanner_read_node().
 */
gboolean
nv_json_scanner_next_value (NvJsonScanner  *self,
                            NvJsonValue    *value,
                            GError        **error)
{
  Checker *c = &self->checker;

  c->error = error;
  skip_space (c);
  if (c->depth == 0 && c->p >= c->end)
    {
      g_set_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_SYNTAX, _("The file is empty"));
      return FALSE;
    }

  if (!read_value_start (c, value))
    return FALSE;

  c->at_container = value->kind == NV_JSON_OBJECT || value->kind == NV_JSON_ARRAY;
  return TRUE;
}

/* The step to the next item of the object or list being read: into it
 * at its bracket, or past the comma after the item before */
static NvJsonStep
next_item (Checker    *c,
           char        closing,
           char        item_start,
           const char *missing_comma)
{
  if (c->at_container)
    {
      c->at_container = FALSE;
      if (!enter (c))
        return NV_JSON_FAILED;
    }
  else if (!check_separator (c, closing, item_start, missing_comma))
    {
      return NV_JSON_FAILED;
    }

  /* At the next item, or at the closing bracket */
  if (c->p < c->end && *c->p == closing)
    {
      c->p++;
      c->depth--;
      return NV_JSON_END;
    }

  return NV_JSON_ITEM;
}

/**
 * nv_json_scanner_next_member:
 * @key: (out): the member's name, valid until the next member is read
 *
 * Steps to the next member of the object being read. After
 * %NV_JSON_ITEM, read its value with nv_json_scanner_next_value().
 */
NvJsonStep
nv_json_scanner_next_member (NvJsonScanner  *self,
                             const char    **key,
                             GError        **error)
{
  Checker *c = &self->checker;
  NvJsonStep step;

  c->error = error;
  step = next_item (c, '}', '"', _("a “,” is missing between two members"));
  if (step != NV_JSON_ITEM)
    return step;

  if (c->p >= c->end || *c->p != '"')
    {
      fail_expected (c, _("a member name in double quotes"));
      return NV_JSON_FAILED;
    }
  if (!check_string (c))
    return NV_JSON_FAILED;
  g_string_assign (c->key, c->text->str);

  skip_space (c);
  if (c->p >= c->end || *c->p != ':')
    {
      fail_expected (c, "“:”");
      return NV_JSON_FAILED;
    }
  c->p++;

  *key = c->key->str;
  return NV_JSON_ITEM;
}

/**
 * nv_json_scanner_next_element:
 *
 * Steps to the next element of the list being read. After
 * %NV_JSON_ITEM, read it with nv_json_scanner_next_value().
 */
NvJsonStep
nv_json_scanner_next_element (NvJsonScanner  *self,
                              GError        **error)
{
  Checker *c = &self->checker;

  c->error = error;
  return next_item (c, ']', 0, _("a “,” is missing between two values"));
}

/**
 * nv_json_scanner_read_node:
 * @value: the value nv_json_scanner_next_value() read last
 *
 * The whole of @value as a JsonNode: a scalar as it is, an object or a
 * list read to its end.
 *
 * Returns: (transfer full) (nullable): the node, or %NULL with @error set
 */
JsonNode *
nv_json_scanner_read_node (NvJsonScanner      *self,
                           const NvJsonValue  *value,
                           GError            **error)
{
  Checker *c = &self->checker;
  JsonNode *node = NULL;

  if (!c->at_container)
    return node_from_scalar (value);

  c->error = error;
  c->at_container = FALSE;
  if (!check_value (c, &node))
    return NULL;
  return node;
}

/**
 * nv_json_scanner_finish:
 *
 * Checks that nothing but white space follows the value read.
 */
gboolean
nv_json_scanner_finish (NvJsonScanner  *self,
                        GError        **error)
{
  Checker *c = &self->checker;

  c->error = error;
  skip_space (c);
  if (c->p < c->end)
    return fail (c, c->p, _("there is more after the end of the plan"));
  return TRUE;
}

/* test-documents.c: printed documents, read back with poppler's pdftotext
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <string.h>

#include "nv-agenda-item.h"
#include "nv-documents.h"
#include "nv-letter.h"
#include "nv-letter-template.h"
#include "nv-network.h"
#include "nv-participant.h"
#include "nv-person.h"
#include "nv-record-list.h"
#include "nv-referat.h"
#include "nv-test-util.h"
#include "nv-util.h"

typedef struct
{
  char  *text;     /* pdftotext -layout */
  guint  n_pages;
  char  *size;     /* pdfinfo's "Page size" */
} Pdf;

static void
pdf_clear (Pdf *pdf)
{
  g_free (pdf->text);
  g_free (pdf->size);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Pdf, pdf_clear)

static char *
run (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* Renders @document as the command line does, and reads it back */
static void
read_pdf (NvDocument *document,
          double      width,
          double      height,
          Pdf        *pdf)
{
  g_autoptr(GBytes) bytes = nv_document_to_pdf (document, width, height);
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  const char *line;
  int fd;

  fd = g_file_open_tmp ("test-documents-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  pdf->text = run ((const char *[]) { "pdftotext", "-layout", path, "-", NULL });
  info = run ((const char *[]) { "pdfinfo", path, NULL });
  line = strstr (info, "Pages:");
  g_assert_nonnull (line);
  pdf->n_pages = strtoul (line + strlen ("Pages:"), NULL, 10);
  line = strstr (info, "Page size:");
  g_assert_nonnull (line);
  pdf->size = g_strndup (line, strcspn (line, "\n"));
  g_assert_cmpuint (pdf->n_pages, ==, nv_document_get_n_pages (document));
  g_unlink (path);
}

static void
read_a4 (NvDocument *document,
         Pdf        *pdf)
{
  read_pdf (document, NV_PAPER_A4_WIDTH, NV_PAPER_A4_HEIGHT, pdf);
  g_assert_true (g_str_has_suffix (pdf->size, "(A4)"));
}

/* Each of @expected (NULL-terminated) appears in @text, in that order */
static void
assert_in_order (const char         *text,
                 const char * const *expected)
{
  const char *at = text;

  for (guint i = 0; expected[i] != NULL; i++)
    {
      const char *found = strstr (at, expected[i]);

      if (found == NULL)
        g_error ("“%s” is not in the document after what came before it:\n%s", expected[i], text);
      at = found + strlen (expected[i]);
    }
}

static guint
count (const char *text,
       const char *what)
{
  guint n = 0;

  for (const char *p = strstr (text, what); p != NULL; p = strstr (p + 1, what))
    n++;
  return n;
}

static NvMeeting *
sample_meeting (NvPlan     *plan,
                const char *id)
{
  NvRecord *meeting = nv_plan_lookup (plan, id);

  g_assert_true (NV_IS_MEETING (meeting));
  return NV_MEETING (meeting);
}

static NvNetwork *
first_network (NvPlan *plan)
{
  return NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_networks (plan)), 0));
}

/* Seed 001's first meeting, in Danish: the details, the programme with
 * Danish clock times, the total in words, who takes part */
static void
test_agenda_danish (void)
{
  g_autoptr(NvPlan) plan = NULL;
  g_autoptr(NvDocument) document = NULL;
  g_auto(Pdf) pdf = { 0 };

  if (!nv_test_use_danish ())
    return;

  plan = nv_test_load_sample ("familieplejere.netvaerk");
  document = nv_document_new_agenda (plan, sample_meeting (plan, "m-1"), FALSE);
  read_a4 (document, &pdf);

  assert_in_order (pdf.text, (const char *[]) {
    "Netværksgruppe for familieplejere", "Første møde",
    "Tid", "tirsdag d. 26. januar 2027 kl. 18.00",
    "Sted", "Biblioteket, mødelokale 2",
    "Ordstyrer", "Birgitte Holm",
    "Program",
    "Tid", "Punkt", "Ansvarlig", "Noter",
    "18.00 – 18.15", "Velkommen",
    "18.15 – 19.00", "Præsentationsrunde",
    "19.00 – 19.20", "Pause",
    "20.20 – 20.40", "Fremtidige møder",
    "I alt 2 timer og 40 minutter",
    "Deltagere", "Karen Mikkelsen", "Anette Krog",
    "side 1 af",
    NULL,
  });
  g_assert_null (strstr (pdf.text, "Page "));

  nv_test_use_locale ("C.UTF-8", "en");
}

static NvMeeting *
add_long_agenda (NvPlan *plan,
                 guint   n_items)
{
  NvMeeting *meeting = sample_meeting (plan, "m-1");
  NvRecordList *agenda = NV_RECORD_LIST (nv_meeting_get_agenda (meeting));

  while (g_list_model_get_n_items (G_LIST_MODEL (agenda)) > 0)
    nv_record_list_remove (agenda, 0);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(NvAgendaItem) item = nv_agenda_item_new ();
      g_autofree char *title = g_strdup_printf ("Punkt nummer %u om æbleskiver og øl på åen", i + 1);

      nv_agenda_item_set_title (item, title);
      nv_agenda_item_set_duration (item, 5);
      if (i % 7 == 0)
        nv_agenda_item_set_notes (item, "En længere note, der skal brydes over flere linjer i sin kolonne, "
                                        "uden at noget bliver skåret af.");
      nv_record_list_append (agenda, NV_RECORD (item));
    }
  return meeting;
}

/* Sixty items: several pages, the table's header on each, page numbers */
static void
test_agenda_long (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *meeting = add_long_agenda (plan, 60);
  g_autoptr(NvDocument) document = nv_document_new_agenda (plan, meeting, FALSE);
  g_auto(Pdf) pdf = { 0 };
  g_autofree char *last = NULL;

  read_a4 (document, &pdf);
  g_assert_cmpuint (pdf.n_pages, >=, 3);

  /* The header row: once on each page the programme is on */
  g_assert_cmpuint (count (pdf.text, "Led by"), >=, pdf.n_pages - 1);
  assert_in_order (pdf.text, (const char *[]) {
    "Page 1 of", "Time", "Item", "Led by", "Punkt nummer 30 ", "Page 2 of", NULL,
  });
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("Punkt nummer %u om", i);

      if (strstr (pdf.text, title) == NULL)
        g_error ("“%s” is missing:\n%s", title, pdf.text);
    }
  g_assert_cmpuint (count (pdf.text, "skåret af."), ==, 9);
  last = g_strdup_printf ("Page %u of %u", pdf.n_pages, pdf.n_pages);
  g_assert_nonnull (strstr (pdf.text, last));
  assert_in_order (pdf.text, (const char *[]) { "Punkt nummer 60 ", "Total 5 hours", NULL });
}

/* The poster: everything on one page, in large type */
static void
test_agenda_poster (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  g_autoptr(NvDocument) document = nv_document_new_agenda (plan, sample_meeting (plan, "m-1"), TRUE);
  g_auto(Pdf) pdf = { 0 };

  read_a4 (document, &pdf);
  g_assert_cmpuint (pdf.n_pages, ==, 1);
  assert_in_order (pdf.text, (const char *[]) { "Første møde", "Velkommen", "Fremtidige møder", "Total", NULL });
}

/* Seed 001's letter: every gap filled, one letter per person invited,
 * each with its own page numbers and the agenda after it */
static void
test_invitations (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *meeting = sample_meeting (plan, "m-1");
  g_autoptr(GError) error = NULL;
  g_autoptr(NvDocument) document = nv_document_new_invitations (plan, meeting, TRUE, &error);
  g_autoptr(GPtrArray) people = nv_letter_recipients (plan, meeting);
  g_auto(Pdf) pdf = { 0 };

  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 10);
  read_a4 (document, &pdf);

  g_assert_null (strstr (pdf.text, "(indsæt"));
  g_assert_null (strstr (pdf.text, "{"));
  g_assert_cmpuint (count (pdf.text, "Page 1 of"), ==, people->len);
  for (guint i = 0; i < people->len; i++)
    {
      g_autofree char *dear = g_strdup_printf ("Dear %s,", nv_person_get_name (g_ptr_array_index (people, i)));

      g_assert_cmpuint (count (pdf.text, dear), ==, 1);
    }

  assert_in_order (pdf.text, (const char *[]) {
    "Dear Karen Mikkelsen,", "Tuesday 26 January 2027 at 18:00", "Biblioteket, mødelokale 2",
    "• Hvad er dine behov, ønsker og krav til et netværk?",
    "I have invited 10 people", "Friday 15 January 2027", "21 43 65 87", "karen.mikkelsen@example.dk",
    "Birgitte Holm will chair", "Karen Mikkelsen", "Programme", "Velkommen",
    "Dear Birgitte Holm,", NULL,
  });
}

static NvDocument *
invitation_in_danish (NvPlan *plan)
{
  g_autoptr(GError) error = NULL;
  NvDocument *document = nv_document_new_invitations (plan, sample_meeting (plan, "m-1"), FALSE, &error);

  g_assert_no_error (error);
  return document;
}

/* The Danish default letter is seed 001's, without a name: to all */
static void
test_invitation_danish (void)
{
  g_autoptr(NvPlan) plan = NULL;
  g_autoptr(NvDocument) document = NULL;
  g_auto(Pdf) pdf = { 0 };

  if (!nv_test_use_danish ())
    return;

  plan = nv_test_load_sample ("familieplejere.netvaerk");
  document = invitation_in_danish (plan);
  read_a4 (document, &pdf);
  assert_in_order (pdf.text, (const char *[]) {
    "Kære alle", "Har du lyst til at være med", "Den tirsdag d. 26. januar 2027 kl. 18.00",
    "Jeg har inviteret 10", "senest den fredag d. 15. januar 2027", "Birgitte Holm vil være ordstyrer",
    "Med venlig hilsen", "Karen Mikkelsen", "side 1 af 2", "Program", "side 2 af 2", NULL,
  });
  g_assert_null (strstr (pdf.text, "(indsæt"));

  nv_test_use_locale ("C.UTF-8", "en");
}

/* A network's own letter, and one that names a field that does not exist */
static void
test_invitation_template (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *meeting = sample_meeting (plan, "m-1");
  NvNetwork *network = first_network (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(NvDocument) document = NULL;
  g_auto(Pdf) pdf = { 0 };

  nv_network_set_letter_template (network, "Hej {recipient}! Vi ses {meeting_time}. {{ikke et felt}}");
  document = nv_document_new_invitations (plan, meeting, TRUE, &error);
  g_assert_no_error (error);
  read_a4 (document, &pdf);
  assert_in_order (pdf.text, (const char *[]) {
    "Hej Karen Mikkelsen! Vi ses Tuesday 26 January 2027 at 18:00. {ikke et felt}", NULL,
  });

  g_clear_object (&document);
  nv_network_set_letter_template (network, "Kære {navn}");
  document = nv_document_new_invitations (plan, meeting, TRUE, &error);
  g_assert_null (document);
  g_assert_error (error, NV_LETTER_TEMPLATE_ERROR, NV_LETTER_TEMPLATE_ERROR_UNKNOWN_FIELD);
}

/* The contact list, sorted by name whatever the order of the members */
static void
test_contacts (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  g_autoptr(NvDocument) document = nv_document_new_contacts (plan, first_network (plan));
  g_auto(Pdf) pdf = { 0 };

  read_a4 (document, &pdf);
  assert_in_order (pdf.text, (const char *[]) {
    "Contact list", "Name", "Organisation", "Phone", "E-mail",
    "Anette", "Birgitte", "Henrik", "Jette", "Karen", "Lars", "Lene", "Marianne", "Ole", "Susanne", NULL,
  });
  /* Each person's row: a phone number is never wrapped */
  assert_in_order (pdf.text, (const char *[]) { "Karen", "21 43 65 87", "karen.mikkelsen@example.dk", "Lars", NULL });
}

/* Seed 003's planning form: each meeting, who contributes what and how */
static void
test_series_plan (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *meeting = sample_meeting (plan, "m-2");
  NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_participants (meeting)), 0));
  g_autoptr(NvDocument) document = NULL;
  g_auto(Pdf) pdf = { 0 };

  nv_participant_set_contribution (participant, "Oplæg om X");
  nv_participant_set_involvement (participant, "Workshop m. borgere, facilitator");
  document = nv_document_new_series_plan (plan, first_network (plan));
  read_a4 (document, &pdf);
  assert_in_order (pdf.text, (const char *[]) {
    "Netværksgruppe for familieplejere", "Første møde", "Andet møde",
    "Participant", "Contributes", "How", "Oplæg om X", "Workshop m. borgere", "Tredje møde", NULL,
  });
}

/* Text a plan holds is printed as written: never read as markup, long
 * words broken rather than cut off */
static void
test_hostile_text (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *meeting = sample_meeting (plan, "m-1");
  NvAgendaItem *item = NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), 0));
  g_autoptr(NvDocument) document = NULL;
  g_auto(Pdf) pdf = { 0 };
  g_autoptr(GString) long_word = g_string_new (NULL);

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (long_word, "ord%02u", i);
  nv_agenda_item_set_title (item, "<b>fed</b> & <span foreground='red'>rød</span> %s %n");
  nv_agenda_item_set_notes (item, long_word->str);
  document = nv_document_new_agenda (plan, meeting, FALSE);
  read_a4 (document, &pdf);

  assert_in_order (pdf.text, (const char *[]) { "<b>fed</b> & <span", "foreground='red'>rød", "%s %n", NULL });
  /* The long word wraps inside its column: (almost) every piece shows whole */
  g_assert_cmpuint (count (pdf.text, "ord"), >=, 30);
}

/* Every document of every sample plan renders, on Letter paper too */
static void
test_all_samples (void)
{
  static const char *samples[] = {
    "familieplejere.netvaerk", "netvaerksforloeb.netvaerk", "bydelsmoedre.netvaerk", "social-kapital.netvaerk",
    "chefforum.netvaerk",
  };

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    {
      g_autoptr(NvPlan) plan = nv_test_load_sample (samples[s]);
      NvRecordList *networks = NV_RECORD_LIST (nv_plan_get_networks (plan));

      for (guint n = 0; n < g_list_model_get_n_items (G_LIST_MODEL (networks)); n++)
        {
          NvNetwork *network = NV_NETWORK (nv_record_list_peek (networks, n));
          NvRecordList *meetings = NV_RECORD_LIST (nv_network_get_meetings (network));

          for (NvDocumentKind kind = NV_DOCUMENT_AGENDA; kind <= NV_DOCUMENT_MINUTES; kind++)
            {
              NvMeeting *meeting = g_list_model_get_n_items (G_LIST_MODEL (meetings)) > 0
                                   ? NV_MEETING (nv_record_list_peek (meetings, 0)) : NULL;
              g_autoptr(GError) error = NULL;
              g_autoptr(NvDocument) document = NULL;
              g_auto(Pdf) pdf = { 0 };

              if (meeting == NULL &&
                  (kind == NV_DOCUMENT_AGENDA || kind == NV_DOCUMENT_INVITATION || kind == NV_DOCUMENT_MINUTES))
                continue;

              document = nv_document_new_of_kind (kind, plan, meeting, network, &error);
              g_assert_no_error (error);
              read_pdf (document, NV_PAPER_LETTER_WIDTH, NV_PAPER_LETTER_HEIGHT, &pdf);
              g_assert_true (g_str_has_suffix (pdf.size, "(letter)"));
              g_assert_cmpuint (pdf.n_pages, >=, 1);
              g_assert_null (strstr (pdf.text, "(indsæt"));
              g_assert_nonnull (strstr (pdf.text, "Page 1 of"));
            }
        }
    }
}

/* The page (from 1) of the first @what in pdftotext's output, whose
 * pages end in form feeds */
static guint
page_of (const char *text,
         const char *what)
{
  const char *found = strstr (text, what);
  guint page = 1;

  if (found == NULL)
    g_error ("“%s” is not in the document:\n%s", what, text);
  for (const char *p = text; p < found; p++)
    page += *p == '\f';
  return page;
}

/* The number at the end of the line of the contents that has @what */
static guint
contents_page (const char *text,
               const char *what)
{
  const char *found = strstr (text, what);
  g_autofree char *line = NULL;
  const char *number;

  if (found == NULL)
    g_error ("“%s” is not in the contents:\n%s", what, text);
  line = g_strndup (found, strcspn (found, "\n"));
  g_strchomp (line);
  number = strrchr (line, ' ');
  g_assert_nonnull (number);
  return strtoul (number + 1, NULL, 10);
}

/* Seed 004's referat: Chefforum 21 April 2015, its item with the case
 * number, the attachment, background, recommendation and decision, and
 * the contents with the page each part is on */
static void
test_minutes_seed_004 (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("chefforum.netvaerk");
  NvMeeting *meeting = sample_meeting (plan, "m-cf-2015-04-21");
  g_autoptr(NvDocument) document = NULL;
  g_auto(Pdf) pdf = { 0 };
  const char *contents;

  nv_meeting_set_next (meeting, nv_date_from_ymd (2015, 5, 19), "p-bo", "p-tom");
  document = nv_document_new_minutes (plan, meeting);
  read_a4 (document, &pdf);

  assert_in_order (pdf.text, (const char *[]) {
    "Chefforum", "Minutes", "Chefforum",
    "Date", "Tuesday 21 April 2015 at 15:00", "Place", "909",
    "Chair", "Anne K.", "Minute-taker", "Eva N.",
    "Present", "Anne K., Bo S., Tom H., Eva N.", "Regrets", "Lise M.", "Status", "Approved",
    "Contents", "1. CF - Netværkstemaer for Hold 2 på netværkslederuddannelsen", "Action items", "Next meeting",
    "Page 1 of",
    "Item 1: CF - Netværkstemaer for Hold 2 på", "netværkslederuddannelsen", "14/12993",
    "Attachments", "Valgte temaer, Hold 2",
    "Background", "På første undervisningsgang på hold 2 på netværkslederuddannelsen den 15. april",
    "2/3 af temaerne stammer fra inputs fra chefforum",
    "Recommendation", "Netværksstrukturen indstiller;", "1. at listen over netværkstemaer drøftes",
    "Decision", "Temaerne blev godkendt.", "Ved", "udgangen af 2015",
    "Herudover skal temaet om Morbærhaven udvikles yderligere",
    "Action items", "What", "Who", "By", "Item", "Done",
    "Netværkslederne arbejder videre", "Eva N.", "22 Apr 2015", "Item 1", "✓",
    "Temaet om Morbærhaven", "Carsten",
    "Next meeting", "Tuesday 19 May 2015 at 15:00", "Chair", "Bo S.", "Minute-taker", "Tom H.",
    NULL,
  });
  g_assert_cmpuint (count (pdf.text, "Item 1:"), ==, 1);
  g_assert_null (strstr (pdf.text, "Item 2:"));

  /* The contents are on the front page; the item starts on the next */
  contents = strstr (pdf.text, "Contents");
  g_assert_cmpuint (page_of (pdf.text, "Contents"), ==, 1);
  g_assert_cmpuint (page_of (pdf.text, "Item 1:"), ==, 2);
  g_assert_cmpuint (contents_page (contents, "1. CF - Netværkstemaer"), ==, 2);
  g_assert_cmpuint (contents_page (contents, "Action items"), ==, page_of (pdf.text, "Action items\n"));
  g_assert_cmpuint (contents_page (contents, "Next meeting"), ==, page_of (pdf.text, "Next meeting\n"));
  g_assert_cmpuint (contents_page (contents, "Action items"), >=, 2);
}

/* Seed 004's words, once the Danish translation has them */
static void
test_minutes_danish (void)
{
  g_autoptr(NvPlan) plan = NULL;
  g_autoptr(NvDocument) document = NULL;
  g_auto(Pdf) pdf = { 0 };

  if (!nv_test_use_danish ())
    return;
  if (g_str_equal (g_dpgettext2 (GETTEXT_PACKAGE, "document", "Minutes"), "Minutes"))
    {
      nv_test_use_locale ("C.UTF-8", "en");
      g_test_skip ("The minutes are not translated into Danish yet");
      return;
    }

  plan = nv_test_load_sample ("chefforum.netvaerk");
  document = nv_document_new_minutes (plan, sample_meeting (plan, "m-cf-2015-04-21"));
  read_a4 (document, &pdf);
  assert_in_order (pdf.text, (const char *[]) {
    "Referat", "Chefforum", "tirsdag d. 21. april 2015 kl. 15.00", "909",
    "Indholdsfortegnelse", "CF - Netværkstemaer for Hold 2 på netværkslederuddannelsen",
    "Punkt 1: CF - Netværkstemaer", "14/12993", "Bilag", "Valgte temaer, Hold 2",
    "Baggrund", "Indstilling", "Beslutning", "Temaerne blev godkendt.", "side 2 af", NULL,
  });

  nv_test_use_locale ("C.UTF-8", "en");
}

/* Long minutes: the contents give each item's page, whatever page it
 * lands on, and pauses are not numbered */
static void
test_minutes_contents (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *meeting = add_long_agenda (plan, 24);
  NvRecordList *agenda = NV_RECORD_LIST (nv_meeting_get_agenda (meeting));
  g_autoptr(NvDocument) document = NULL;
  g_autoptr(GString) background = g_string_new (NULL);
  g_auto(Pdf) pdf = { 0 };
  g_autoptr(NvAgendaItem) pause = nv_agenda_item_new ();
  const char *contents;

  nv_agenda_item_set_title (pause, "Kaffepause");
  nv_agenda_item_set_kind (pause, NV_ITEM_KIND_PAUSE);
  nv_record_list_insert (agenda, 3, NV_RECORD (pause));
  for (guint i = 0; i < 12; i++)
    g_string_append (background, "Baggrunden for punktet fylder en del, så punkterne spredes over flere sider. ");

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (agenda)); i++)
    {
      NvAgendaItem *item = NV_AGENDA_ITEM (nv_record_list_peek (agenda, i));

      nv_agenda_item_set_background (item, background->str);
      nv_agenda_item_set_decision (item, "Godkendt.");
    }

  document = nv_document_new_minutes (plan, meeting);
  read_a4 (document, &pdf);
  g_assert_cmpuint (pdf.n_pages, >=, 5);
  g_assert_null (strstr (pdf.text, "Kaffepause"));
  contents = strstr (pdf.text, "Contents");
  g_assert_nonnull (contents);

  for (guint n = 1; n <= 24; n++)
    {
      g_autofree char *row = g_strdup_printf ("Punkt nummer %u om", n);
      g_autofree char *number = g_strdup_printf ("\n%u. ", n);
      g_autofree char *heading = g_strdup_printf ("Item %u: Punkt nummer %u om", n, n);
      const char *line = strstr (contents, row);

      /* The row starts with the item's number */
      g_assert_nonnull (line);
      while (line > contents && line[-1] != '\n')
        line--;
      g_assert_true (g_str_has_prefix (line - 1, number));
      g_assert_cmpuint (contents_page (contents, row), ==, page_of (pdf.text, heading));
    }
  g_assert_cmpuint (page_of (pdf.text, "Item 24:"), >, 3);
}

/* "Compose e-mail": everyone invited, the subject, the letter and agenda */
static void
test_mailto (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = nv_letter_mailto_uri (plan, sample_meeting (plan, "m-1"), &error);
  g_autofree char *decoded = NULL;
  const char *query;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (uri, "mailto:karen.mikkelsen@example.dk,birgitte.holm@example.dk,"));
  query = strchr (uri, '?');
  g_assert_nonnull (query);
  g_assert_null (strchr (query, ' '));
  g_assert_null (strchr (query, '\n'));
  decoded = g_uri_unescape_string (query, NULL);
  assert_in_order (decoded, (const char *[]) {
    "?subject=Invitation: Første møde, 26 Jan 2027, 18:00", "&body=", "Dear all,", "I have invited 10 people",
    "18:00–18:15  Velkommen", NULL,
  });
}

/* After the reply-by date: who has not answered */
static void
test_unanswered (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvMeeting *meeting = sample_meeting (plan, "m-1");
  NvRecordList *participants = NV_RECORD_LIST (nv_meeting_get_participants (meeting));
  guint reply_by = nv_invitation_get_reply_by (nv_meeting_get_invitation (meeting));
  g_autoptr(GPtrArray) before = nv_letter_unanswered (plan, meeting, reply_by);
  g_autoptr(GPtrArray) after = NULL;

  g_assert_cmpuint (reply_by, !=, 0);
  g_assert_cmpuint (before->len, ==, 0);

  nv_participant_set_reply (NV_PARTICIPANT (nv_record_list_peek (participants, 0)), NV_REPLY_ACCEPTED);
  nv_participant_set_reply (NV_PARTICIPANT (nv_record_list_peek (participants, 1)), NV_REPLY_DECLINED);
  nv_participant_set_reply (NV_PARTICIPANT (nv_record_list_peek (participants, 2)), NV_REPLY_NO_ANSWER);
  after = nv_letter_unanswered (plan, meeting, reply_by + 1);
  g_assert_cmpuint (after->len, >=, 1);
  g_assert_cmpstr (nv_person_get_name (g_ptr_array_index (after, 0)), ==, "Lars Pedersen");
  for (guint i = 0, n = 0; i < g_list_model_get_n_items (G_LIST_MODEL (participants)); i++)
    {
      NvReply reply = nv_participant_get_reply (NV_PARTICIPANT (nv_record_list_peek (participants, i)));

      n += reply != NV_REPLY_ACCEPTED && reply != NV_REPLY_DECLINED;
      if (i + 1 == g_list_model_get_n_items (G_LIST_MODEL (participants)))
        g_assert_cmpuint (after->len, ==, n);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("NETVAERK_LOCALEDIR");
  int status;

  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  nv_test_use_locale ("C.UTF-8", "en");

  g_test_add_func ("/documents/agenda-danish", test_agenda_danish);
  g_test_add_func ("/documents/agenda-long", test_agenda_long);
  g_test_add_func ("/documents/agenda-poster", test_agenda_poster);
  g_test_add_func ("/documents/invitations", test_invitations);
  g_test_add_func ("/documents/invitation-danish", test_invitation_danish);
  g_test_add_func ("/documents/invitation-template", test_invitation_template);
  g_test_add_func ("/documents/contacts", test_contacts);
  g_test_add_func ("/documents/series-plan", test_series_plan);
  g_test_add_func ("/documents/hostile-text", test_hostile_text);
  g_test_add_func ("/documents/all-samples", test_all_samples);
  g_test_add_func ("/documents/mailto", test_mailto);
  g_test_add_func ("/documents/unanswered", test_unanswered);
  g_test_add_func ("/documents/minutes-seed-004", test_minutes_seed_004);
  g_test_add_func ("/documents/minutes-danish", test_minutes_danish);
  g_test_add_func ("/documents/minutes-contents", test_minutes_contents);

  status = g_test_run ();

  /* Pango, cairo and fontconfig keep fonts for the whole process; let
   * them go, so the leak checkers see only what this program leaks */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();
  return status;
}

/* nv-documents.c: the printed documents — agenda, invitation letters,
 * contact list and series plan — built from a plan
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-agenda.h"
#include "nv-documents.h"
#include "nv-format.h"
#include "nv-letter.h"
#include "nv-letter-template.h"
#include "nv-member.h"
#include "nv-participant.h"
#include "nv-person.h"
#include "nv-record-list.h"
#include "nv-referat.h"

G_DEFINE_QUARK (nv-documents-error-quark, nv_documents_error)

static const char * const kind_names[] = {
  [NV_DOCUMENT_AGENDA] = "agenda",
  [NV_DOCUMENT_INVITATION] = "invitation",
  [NV_DOCUMENT_CONTACTS] = "contacts",
  [NV_DOCUMENT_PLAN] = "plan",
  [NV_DOCUMENT_MINUTES] = "minutes",
};

/**
 * nv_document_kind_from_string:
 * @name: "agenda", "invitation", "contacts", "plan" or "minutes", as the
 *   command line writes them
 */
gboolean
nv_document_kind_from_string (const char     *name,
                              NvDocumentKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static NvNetwork *
network_of (NvMeeting *meeting)
{
  return NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));
}

static const char *
meeting_title (NvMeeting *meeting)
{
  /* Translators: a meeting without a title */
  return nv_meeting_get_title (meeting) != NULL ? nv_meeting_get_title (meeting) : _("Meeting");
}

/* Rows of label and value, for the lines under a title */
static void
add_fields (NvDocument         *document,
            const char * const *pairs)
{
  static const double widths[] = { 0.2, 4 };
  gboolean any = FALSE;

  for (guint i = 0; pairs[i] != NULL; i += 2)
    any |= pairs[i + 1][0] != '\0';
  if (!any)
    return;

  nv_document_add_space (document, 6);
  nv_document_begin_table (document, 2, widths, NULL);
  for (guint i = 0; pairs[i] != NULL; i += 2)
    if (pairs[i + 1][0] != '\0')
      nv_document_add_row (document, NV_ROW_NORMAL, (const char *[]) { pairs[i], pairs[i + 1] });
  nv_document_end_table (document);
}

static void
add_meeting_fields (NvDocument *document,
                    NvPlan     *plan,
                    NvMeeting  *meeting)
{
  g_autofree char *when = nv_format_when (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting));

  add_fields (document, (const char *[]) {
    /* Translators: the labels of a printed meeting's details */
    C_("document", "Time"), or_empty (when),
    C_("document", "Place"), or_empty (nv_meeting_get_location (meeting)),
    C_("document", "Chair"), or_empty (nv_plan_person_name (plan, nv_meeting_get_chair (meeting))),
    C_("document", "Minute-taker"), or_empty (nv_plan_person_name (plan, nv_meeting_get_minute_taker (meeting))),
    C_("document", "Host"), or_empty (nv_plan_person_name (plan, nv_meeting_get_host (meeting))),
    NULL,
  });
}

/* "Oplæg om X" under the title, with the case number and attachments */
static char *
item_text (NvAgendaItem *item)
{
  const char * const *attachments = nv_agenda_item_get_attachments (item);
  GString *text = g_string_new (or_empty (nv_agenda_item_get_title (item)));

  if (nv_agenda_item_get_case_number (item) != NULL)
    /* Translators: an agenda item's case number in a printed agenda */
    g_string_append_printf (text, _("\nCase no. %s"), nv_agenda_item_get_case_number (item));
  if (attachments != NULL && attachments[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) attachments);

      /* Translators: an agenda item's attachments (bilag) in a printed agenda */
      g_string_append_printf (text, _("\nAttachments: %s"), list);
    }

  return g_string_free (text, FALSE);
}

static void
add_programme (NvDocument *document,
               NvPlan     *plan,
               NvMeeting  *meeting,
               gboolean    large_print)
{
  static const double widths[] = { 0, 4, 1.5, 3 };
  static const double poster_widths[] = { 0, 1 };
  NvRecordList *agenda = NV_RECORD_LIST (nv_meeting_get_agenda (meeting));
  g_autoptr(NvAgendaTimes) times = nv_agenda_times_new (meeting);
  g_autofree char *total = nv_agenda_format_total (times->total, times->lower_bound);
  const char *header[] = {
    /* Translators: the columns of a printed agenda */
    C_("agenda column", "Time"), C_("agenda column", "Item"),
    C_("agenda column", "Led by"), C_("agenda column", "Notes"),
  };

  if (times->n_slots == 0)
    return;

  /* Translators: the heading of a printed agenda's programme */
  nv_document_add_text (document, NV_TEXT_HEADING, _("Programme"));
  if (large_print)
    nv_document_begin_table (document, 2, poster_widths, NULL);
  else
    nv_document_begin_table (document, 4, widths, header);

  for (guint i = 0; i < times->n_slots; i++)
    {
      NvAgendaItem *item = NV_AGENDA_ITEM (nv_record_list_peek (agenda, i));
      g_autofree char *range = nv_agenda_format_range (times->slots[i].start, times->slots[i].end);
      g_autofree char *lead = nv_agenda_format_lead (plan, item);
      g_autofree char *text = large_print ? g_strdup (or_empty (nv_agenda_item_get_title (item)))
                                          : item_text (item);
      NvRowStyle style = nv_agenda_item_get_kind (item) == NV_ITEM_KIND_PAUSE ? NV_ROW_SHADED : NV_ROW_NORMAL;

      nv_document_add_row (document, style, (const char *[]) {
        range != NULL ? range : "", text, or_empty (lead), or_empty (nv_agenda_item_get_notes (item)),
      });
    }

  if (total != NULL)
    nv_document_add_row (document, NV_ROW_STRONG, (const char *[]) { "", total, "", "" });
  nv_document_end_table (document);
}

static void
add_participants (NvDocument *document,
                  NvPlan     *plan,
                  NvMeeting  *meeting)
{
  static const double widths[] = { 2, 3, 2.4 };
  NvRecordList *participants = NV_RECORD_LIST (nv_meeting_get_participants (meeting));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (participants));
  const char *header[] = {
    /* Translators: the columns of the participants table (seed 003's planning form) */
    C_("participants column", "Participant"), C_("participants column", "Contributes"),
    C_("participants column", "How"),
  };

  if (n == 0)
    return;

  /* Translators: the heading of a printed meeting's participants */
  nv_document_add_text (document, NV_TEXT_HEADING, _("Participants"));
  nv_document_begin_table (document, 3, widths, header);
  for (guint i = 0; i < n; i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (participants, i));

      nv_document_add_row (document, NV_ROW_NORMAL, (const char *[]) {
        or_empty (nv_plan_person_name (plan, nv_participant_get_person (participant))),
        or_empty (nv_participant_get_contribution (participant)),
        or_empty (nv_participant_get_involvement (participant)),
      });
    }
  nv_document_end_table (document);
}

static void
add_questions (NvDocument *document,
               NvMeeting  *meeting)
{
  const char * const *questions = nv_invitation_get_questions (nv_meeting_get_invitation (meeting));

  if (questions == NULL || questions[0] == NULL)
    return;

  /* Translators: the heading of the questions to think about before a meeting */
  nv_document_add_text (document, NV_TEXT_HEADING, _("To prepare"));
  for (guint i = 0; questions[i] != NULL; i++)
    {
      g_autofree char *line = g_strdup_printf ("• %s", questions[i]);

      nv_document_add_text (document, NV_TEXT_BODY, line);
    }
}

static void
add_meeting_heading (NvDocument *document,
                     NvMeeting  *meeting)
{
  NvNetwork *network = network_of (meeting);

  if (network != NULL && nv_network_get_name (network) != NULL)
    nv_document_add_text (document, NV_TEXT_SMALL, nv_network_get_name (network));
  nv_document_add_text (document, NV_TEXT_TITLE, meeting_title (meeting));
  if (nv_meeting_get_subtheme (meeting) != NULL)
    nv_document_add_text (document, NV_TEXT_STRONG, nv_meeting_get_subtheme (meeting));
}

/**
 * nv_document_append_agenda:
 *
 * Adds @meeting's agenda to @document: the meeting's details, the timed
 * programme with its total, the participants and the questions to prepare.
 */
void
nv_document_append_agenda (NvDocument *document,
                           NvPlan     *plan,
                           NvMeeting  *meeting)
{
  add_meeting_heading (document, meeting);
  add_meeting_fields (document, plan, meeting);
  add_programme (document, plan, meeting, FALSE);
  add_participants (document, plan, meeting);
  add_questions (document, meeting);
}

static char *
document_title (const char *kind,
                const char *what)
{
  /* Translators: a document's title at the foot of its pages: "Agenda: Netværksmøde 1" */
  return g_strdup_printf (_("%s: %s"), kind, what);
}

/**
 * nv_document_new_agenda:
 * @large_print: a poster for the wall: the programme only, in type as
 *   large as fits on one page
 *
 * Returns: (transfer full): @meeting's agenda
 */
NvDocument *
nv_document_new_agenda (NvPlan    *plan,
                        NvMeeting *meeting,
                        gboolean   large_print)
{
  /* Translators: the kind of document, in its page footer */
  g_autofree char *title = document_title (_("Agenda"), meeting_title (meeting));
  NvDocument *document = nv_document_new (title);

  if (!large_print)
    {
      nv_document_append_agenda (document, plan, meeting);
      return document;
    }

  {
    g_autofree char *when = nv_format_when (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting));

    nv_document_set_fit_one_page (document, TRUE);
    add_meeting_heading (document, meeting);
    if (when != NULL)
      nv_document_add_text (document, NV_TEXT_BODY, when);
    if (nv_meeting_get_location (meeting) != NULL)
      nv_document_add_text (document, NV_TEXT_BODY, nv_meeting_get_location (meeting));
    add_programme (document, plan, meeting, TRUE);
  }
  return document;
}

/**
 * nv_document_new_invitations:
 * @one_per_person: a letter to each person invited, with their name;
 *   otherwise one letter to all
 *
 * Each letter is followed by the meeting's agenda on a page of its own.
 *
 * Returns: (transfer full) (nullable): the letters, or %NULL with @error
 * set if the letter's template is not valid
 */
NvDocument *
nv_document_new_invitations (NvPlan     *plan,
                             NvMeeting  *meeting,
                             gboolean    one_per_person,
                             GError    **error)
{
  return nv_document_new_letters (plan, meeting, nv_letter_template_for (meeting), one_per_person, TRUE, error);
}

/**
 * nv_document_append_letter:
 *
 * Adds a letter's text to @document, a paragraph for each block of lines
 * between blank lines (so pages break between paragraphs where they can).
 */
void
nv_document_append_letter (NvDocument *document,
                           const char *letter)
{
  g_autofree char *text = g_strstrip (g_strdup (letter));
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n\n", -1);

  for (guint j = 0; paragraphs[j] != NULL; j++)
    {
      if (j > 0)
        nv_document_add_space (document, 8);
      nv_document_add_text (document, NV_TEXT_BODY, paragraphs[j]);
    }
}

/**
 * nv_document_new_letters:
 * @template_text: the letter's template
 * @one_per_person: a letter to each person invited, with their name;
 *   otherwise one letter to all
 * @with_agenda: the agenda after each letter
 *
 * Returns: (transfer full) (nullable): the letters, or %NULL with @error
 * set if @template_text is not valid
 */
NvDocument *
nv_document_new_letters (NvPlan      *plan,
                         NvMeeting   *meeting,
                         const char  *template_text,
                         gboolean     one_per_person,
                         gboolean     with_agenda,
                         GError     **error)
{
  /* Translators: the kind of document, in its page footer */
  g_autofree char *title = document_title (_("Invitation"), meeting_title (meeting));
  g_autoptr(NvDocument) document = nv_document_new (title);
  g_autoptr(GPtrArray) people = one_per_person ? nv_letter_recipients (plan, meeting) : g_ptr_array_new ();

  /* Nobody invited yet: one letter without a name */
  if (people->len == 0)
    g_ptr_array_add (people, NULL);

  for (guint i = 0; i < people->len; i++)
    {
      g_autoptr(GHashTable) values = nv_letter_values_new (plan, meeting, g_ptr_array_index (people, i));
      g_autofree char *letter = nv_letter_template_fill (template_text, values, error);

      if (letter == NULL)
        return NULL;

      if (i > 0)
        nv_document_begin_section (document);
      nv_document_append_letter (document, letter);
      if (with_agenda)
        {
          nv_document_add_page_break (document);
          nv_document_append_agenda (document, plan, meeting);
        }
    }

  return g_steal_pointer (&document);
}

typedef struct
{
  NvPerson *person;
  gboolean  core;
  char     *key;
} ContactRow;

static void
contact_row_clear (ContactRow *row)
{
  g_free (row->key);
}

static int
compare_contacts (gconstpointer a,
                  gconstpointer b)
{
  return strcmp (((const ContactRow *) a)->key, ((const ContactRow *) b)->key);
}

static void
add_contact (GArray     *rows,
             NvPerson   *person,
             gboolean    core)
{
  ContactRow row = { .person = person, .core = core };

  if (person == NULL)
    return;
  row.key = g_utf8_collate_key (or_empty (nv_person_get_name (person)), -1);
  g_array_append_val (rows, row);
}

static void
add_contact_table (NvDocument *document,
                   GArray     *rows)
{
  static const double widths[] = { 2, 2, 0, 2, 0 };
  const char *header[] = {
    /* Translators: the columns of a printed contact list; "Core" marks core participants */
    C_("contacts column", "Name"), C_("contacts column", "Organisation"),
    C_("contacts column", "Phone"), C_("contacts column", "E-mail"), C_("contacts column", "Core"),
  };

  g_array_sort (rows, compare_contacts);
  nv_document_begin_table (document, G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i < rows->len; i++)
    {
      ContactRow *row = &g_array_index (rows, ContactRow, i);

      nv_document_add_row (document, NV_ROW_NORMAL, (const char *[]) {
        or_empty (nv_person_get_name (row->person)), or_empty (nv_person_get_organisation (row->person)),
        or_empty (nv_person_get_phone (row->person)), or_empty (nv_person_get_email (row->person)),
        row->core ? "✓" : "",
      });
    }
  nv_document_end_table (document);
}

/**
 * nv_document_new_contacts:
 * @network: (nullable): the network whose members are listed; %NULL for
 *   everyone in the plan
 *
 * Returns: (transfer full): the contact list, sorted by name
 */
NvDocument *
nv_document_new_contacts (NvPlan    *plan,
                          NvNetwork *network)
{
  /* Translators: a document's title */
  const char *kind = _("Contact list");
  g_autofree char *title = network != NULL ? document_title (kind, or_empty (nv_network_get_name (network)))
                                           : g_strdup (kind);
  NvDocument *document = nv_document_new (title);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (ContactRow));

  g_array_set_clear_func (rows, (GDestroyNotify) contact_row_clear);

  if (network != NULL)
    {
      NvRecordList *members = NV_RECORD_LIST (nv_network_get_members (network));

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (members)); i++)
        {
          NvMember *member = NV_MEMBER (nv_record_list_peek (members, i));
          NvRecord *person = nv_plan_lookup (plan, nv_member_get_person (member));

          add_contact (rows, NV_IS_PERSON (person) ? NV_PERSON (person) : NULL, nv_member_get_core (member));
        }
      nv_document_add_text (document, NV_TEXT_SMALL, or_empty (nv_network_get_name (network)));
    }
  else
    {
      NvRecordList *people = NV_RECORD_LIST (nv_plan_get_people (plan));

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
        add_contact (rows, NV_PERSON (nv_record_list_peek (people, i)), FALSE);
    }

  nv_document_add_text (document, NV_TEXT_TITLE, kind);
  nv_document_add_space (document, 6);
  add_contact_table (document, rows);
  return document;
}

/**
 * nv_document_new_series_plan:
 *
 * Seed 003's planning form as a printout: per meeting its sub-theme,
 * date, roles, and who contributes what and how.
 *
 * Returns: (transfer full): @network's series plan
 */
NvDocument *
nv_document_new_series_plan (NvPlan    *plan,
                             NvNetwork *network)
{
  /* Translators: a document's title: the plan of a network's series of meetings */
  const char *kind = _("Series plan");
  g_autofree char *title = document_title (kind, or_empty (nv_network_get_name (network)));
  NvDocument *document = nv_document_new (title);
  NvRecordList *meetings = NV_RECORD_LIST (nv_network_get_meetings (network));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (meetings));

  nv_document_add_text (document, NV_TEXT_SMALL, kind);
  nv_document_add_text (document, NV_TEXT_TITLE, or_empty (nv_network_get_name (network)));
  if (nv_network_get_theme (network) != NULL)
    nv_document_add_text (document, NV_TEXT_STRONG, nv_network_get_theme (network));
  if (nv_network_get_purpose (network) != NULL)
    nv_document_add_text (document, NV_TEXT_BODY, nv_network_get_purpose (network));

  for (guint i = 0; i < n; i++)
    {
      NvMeeting *meeting = NV_MEETING (nv_record_list_peek (meetings, i));
      g_autofree char *heading = NULL;

      if (nv_meeting_get_subtheme (meeting) != NULL)
        /* Translators: a meeting in the series plan: "Netværksmøde 2: Sundhed" */
        heading = g_strdup_printf (_("%s: %s"), meeting_title (meeting), nv_meeting_get_subtheme (meeting));
      else
        heading = g_strdup (meeting_title (meeting));

      nv_document_add_text (document, NV_TEXT_HEADING, heading);
      add_meeting_fields (document, plan, meeting);
      nv_document_add_space (document, 4);
      add_participants (document, plan, meeting);
    }

  if (n == 0)
    /* Translators: the series plan of a network without meetings */
    nv_document_add_text (document, NV_TEXT_BODY, _("No meetings are planned yet."));
  return document;
}

/* The minutes (referat), in seed 004's layout */

static char *
attendance_names (NvPlan       *plan,
                  NvMeeting    *meeting,
                  NvAttendance  attendance)
{
  NvRecordList *participants = NV_RECORD_LIST (nv_meeting_get_participants (meeting));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (participants)); i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (participants, i));
      const char *name = nv_plan_person_name (plan, nv_participant_get_person (participant));

      if (nv_participant_get_attendance (participant) == attendance && name != NULL)
        g_ptr_array_add (names, (gpointer) name);
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

static char *
minutes_status_text (NvMinutes *minutes)
{
  g_autofree char *approved = nv_format_date_plain (nv_minutes_get_approved (minutes));
  g_autofree char *sent = nv_format_date_plain (nv_minutes_get_sent (minutes));

  switch (nv_minutes_get_status (minutes))
    {
    case NV_MINUTES_STATUS_APPROVED:
      /* Translators: the state of printed minutes; %s is a date */
      return approved != NULL ? g_strdup_printf (_("Approved %s"), approved) : g_strdup (_("Approved"));
    case NV_MINUTES_STATUS_SENT:
      /* Translators: the state of printed minutes; %s is a date */
      return sent != NULL ? g_strdup_printf (_("Sent %s"), sent) : g_strdup (_("Sent"));
    case NV_MINUTES_STATUS_DRAFT:
    default:
      /* Translators: the state of printed minutes that are not approved yet */
      return g_strdup (_("Draft"));
    }
}

static void
add_minutes_part (NvDocument *document,
                  const char *heading,
                  const char *text)
{
  if (text == NULL || text[0] == '\0')
    return;

  nv_document_add_space (document, 6);
  nv_document_add_text (document, NV_TEXT_STRONG, heading);
  nv_document_append_letter (document, text);
}

/* An item's number in the minutes ("Item 2"): pauses are not numbered;
 * 0 if it is a pause */
static guint
item_number (NvAgendaItem *item)
{
  NvRecordList *agenda = nv_record_get_container (NV_RECORD (item));
  guint number = 0;

  if (agenda == NULL || nv_agenda_item_get_kind (item) == NV_ITEM_KIND_PAUSE)
    return 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (agenda)); i++)
    {
      NvAgendaItem *other = NV_AGENDA_ITEM (nv_record_list_peek (agenda, i));

      if (nv_agenda_item_get_kind (other) != NV_ITEM_KIND_PAUSE)
        number++;
      if (other == item)
        return number;
    }
  return 0;
}

static void
add_actions_table (NvDocument *document,
                   NvPlan     *plan,
                   GPtrArray  *actions,
                   gboolean    with_meeting)
{
  static const double widths[] = { 4, 1.6, 0, 0, 0 };
  const char *header[] = {
    /* Translators: the columns of the action items in printed minutes */
    C_("actions column", "What"), C_("actions column", "Who"), C_("actions column", "By"),
    with_meeting ? C_("actions column", "Meeting") : C_("actions column", "Item"), C_("actions column", "Done"),
  };

  nv_document_begin_table (document, G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i < actions->len; i++)
    {
      NvActionItem *action = g_ptr_array_index (actions, i);
      g_autofree char *due = nv_format_date_short (nv_action_item_get_due (action));
      g_autofree char *number = NULL;
      const char *where = NULL;

      if (with_meeting)
        {
          NvMeeting *meeting = nv_action_item_get_meeting (action);

          where = meeting != NULL ? meeting_title (meeting) : NULL;
        }
      else if (nv_action_item_get_agenda_item (action) != NULL)
        {
          NvRecord *item = nv_plan_lookup (plan, nv_action_item_get_agenda_item (action));
          guint n = NV_IS_AGENDA_ITEM (item) ? item_number (NV_AGENDA_ITEM (item)) : 0;

          /* Translators: the agenda item an action item came from, by its number: "Item 1" */
          number = n > 0 ? g_strdup_printf (C_("actions", "Item %u"), n) : NULL;
          where = number;
        }

      nv_document_add_row (document, NV_ROW_NORMAL, (const char *[]) {
        or_empty (nv_action_item_get_what (action)),
        or_empty (nv_plan_person_name (plan, nv_action_item_get_who (action))),
        or_empty (due), or_empty (where), nv_action_item_get_done (action) ? "✓" : "",
      });
    }
  nv_document_end_table (document);
}

/**
 * nv_document_new_minutes:
 *
 * Seed 004's minutes (referat): the meeting's date and time, place, who
 * was present and absent, a table of contents with each item's page,
 * then per item ("Item 1: …") its case number, attachments (bilag),
 * background, recommendation, decision and notes; then the action
 * items, those still open from earlier meetings, and the next meeting.
 *
 * Returns: (transfer full): @meeting's minutes
 */
NvDocument *
nv_document_new_minutes (NvPlan    *plan,
                         NvMeeting *meeting)
{
  static const double toc_widths[] = { 0, 1, 0 };
  /* Translators: the kind of document, in its page footer */
  g_autofree char *title = document_title (C_("document", "Minutes"), meeting_title (meeting));
  NvDocument *document = nv_document_new (title);
  NvNetwork *network = network_of (meeting);
  NvRecordList *agenda = NV_RECORD_LIST (nv_meeting_get_agenda (meeting));
  GListModel *actions_model = nv_meeting_get_actions (meeting);
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();
  g_autoptr(GPtrArray) earlier = nv_meeting_open_actions_before (meeting);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (guint));
  NvMeeting *next = nv_meeting_find_next (meeting);
  g_autofree char *when = nv_format_when (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting));
  g_autofree char *present = attendance_names (plan, meeting, NV_ATTENDANCE_PRESENT);
  g_autofree char *regrets = attendance_names (plan, meeting, NV_ATTENDANCE_REGRETS);
  g_autofree char *absent = attendance_names (plan, meeting, NV_ATTENDANCE_ABSENT);
  g_autofree char *status = minutes_status_text (nv_meeting_get_minutes (meeting));
  guint actions_anchor, next_anchor;
  gboolean has_actions;

  for (guint i = 0; i < g_list_model_get_n_items (actions_model); i++)
    g_ptr_array_add (actions, nv_record_list_peek (NV_RECORD_LIST (actions_model), i));
  has_actions = actions->len > 0 || earlier->len > 0;

  if (network != NULL && nv_network_get_name (network) != NULL)
    nv_document_add_text (document, NV_TEXT_SMALL, nv_network_get_name (network));
  nv_document_add_text (document, NV_TEXT_TITLE, C_("document", "Minutes"));
  nv_document_add_text (document, NV_TEXT_HEADING, meeting_title (meeting));
  if (nv_meeting_get_subtheme (meeting) != NULL)
    nv_document_add_text (document, NV_TEXT_STRONG, nv_meeting_get_subtheme (meeting));

  add_fields (document, (const char *[]) {
    /* Translators: the labels of printed minutes' details (seed 004: Mødedato, Mødested) */
    C_("minutes", "Date"), or_empty (when),
    C_("minutes", "Place"), or_empty (nv_meeting_get_location (meeting)),
    C_("document", "Chair"), or_empty (nv_plan_person_name (plan, nv_meeting_get_chair (meeting))),
    C_("document", "Minute-taker"), or_empty (nv_plan_person_name (plan, nv_meeting_get_minute_taker (meeting))),
    C_("document", "Present"), present,
    /* Translators: who sent regrets (afbud) */
    C_("document", "Regrets"), regrets,
    /* Translators: who was absent without notice */
    C_("document", "Absent"), absent,
    C_("minutes", "Status"), status,
    NULL,
  });

  /* The items that are numbered: not the pauses */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (agenda)); i++)
    if (nv_agenda_item_get_kind (NV_AGENDA_ITEM (nv_record_list_peek (agenda, i))) != NV_ITEM_KIND_PAUSE)
      g_array_append_val (items, i);

  /* Translators: the heading of the minutes' table of contents (Indholdsfortegnelse) */
  nv_document_add_text (document, NV_TEXT_HEADING, _("Contents"));
  nv_document_add_space (document, 4);

  {
    g_autoptr(NvDocument) body = nv_document_new (NULL);
    g_autoptr(GArray) body_anchors = g_array_new (FALSE, FALSE, sizeof (guint));

    /* The body first, in a document of its own, so that the contents can
     * refer to its anchors: @document has none of its own, so they keep
     * their numbers when the body is appended */
    for (guint n = 0; n < items->len; n++)
      {
        NvAgendaItem *item = NV_AGENDA_ITEM (nv_record_list_peek (agenda, g_array_index (items, guint, n)));
        const char * const *attachments = nv_agenda_item_get_attachments (item);
        g_autofree char *heading = g_strdup_printf (_("Item %u: %s"), n + 1, or_empty (nv_agenda_item_get_title (item)));
        guint anchor = nv_document_add_anchor (body);

        g_array_append_val (body_anchors, anchor);
        if (n > 0)
          nv_document_add_space (body, 12);
        nv_document_add_text (body, NV_TEXT_HEADING, heading);
        if (nv_agenda_item_get_case_number (item) != NULL)
          nv_document_add_text (body, NV_TEXT_BODY, nv_agenda_item_get_case_number (item));
        if (attachments != NULL && attachments[0] != NULL)
          {
            nv_document_add_space (body, 6);
            /* Translators: the heading of an item's attachments (bilag) in printed minutes */
            nv_document_add_text (body, NV_TEXT_STRONG, C_("minutes", "Attachments"));
            for (guint a = 0; attachments[a] != NULL; a++)
              nv_document_add_text (body, NV_TEXT_BODY, attachments[a]);
          }
        add_minutes_part (body, C_("minutes", "Background"), nv_agenda_item_get_background (item));
        add_minutes_part (body, C_("minutes", "Recommendation"), nv_agenda_item_get_recommendation (item));
        add_minutes_part (body, C_("minutes", "Decision"), nv_agenda_item_get_decision (item));
        add_minutes_part (body, C_("minutes", "Notes"), nv_agenda_item_get_minutes_notes (item));
      }

    actions_anchor = nv_document_add_anchor (body);
    if (has_actions)
      {
        nv_document_add_space (body, 12);
        nv_document_add_text (body, NV_TEXT_HEADING, C_("minutes", "Action items"));
        if (actions->len > 0)
          add_actions_table (body, plan, actions, FALSE);
        if (earlier->len > 0)
          {
            nv_document_add_space (body, 6);
            nv_document_add_text (body, NV_TEXT_STRONG, C_("minutes", "Open from earlier meetings"));
            add_actions_table (body, plan, earlier, TRUE);
          }
      }

    next_anchor = nv_document_add_anchor (body);
    if (next != NULL)
      {
        g_autofree char *next_when = nv_format_when (nv_meeting_get_date (next), nv_meeting_get_start (next));

        nv_document_add_space (body, 12);
        nv_document_add_text (body, NV_TEXT_HEADING, C_("minutes", "Next meeting"));
        add_fields (body, (const char *[]) {
          C_("minutes", "Meeting"), meeting_title (next),
          C_("minutes", "Date"), or_empty (next_when),
          C_("minutes", "Place"), or_empty (nv_meeting_get_location (next)),
          C_("document", "Chair"), or_empty (nv_plan_person_name (plan, nv_meeting_get_chair (next))),
          C_("document", "Minute-taker"), or_empty (nv_plan_person_name (plan, nv_meeting_get_minute_taker (next))),
          NULL,
        });
      }

    /* The contents, each row with the page its part starts on */
    {
      nv_document_begin_table (document, G_N_ELEMENTS (toc_widths), toc_widths, NULL);
      for (guint n = 0; n < items->len; n++)
        {
          NvAgendaItem *item = NV_AGENDA_ITEM (nv_record_list_peek (agenda, g_array_index (items, guint, n)));
          g_autofree char *number = g_strdup_printf ("%u.", n + 1);

          nv_document_add_page_ref_row (document, NV_ROW_NORMAL, (const char *[]) {
            number, or_empty (nv_agenda_item_get_title (item)), "",
          }, 2, g_array_index (body_anchors, guint, n));
        }
      if (has_actions)
        nv_document_add_page_ref_row (document, NV_ROW_NORMAL, (const char *[]) {
          "", C_("minutes", "Action items"), "",
        }, 2, actions_anchor);
      if (next != NULL)
        nv_document_add_page_ref_row (document, NV_ROW_NORMAL, (const char *[]) {
          "", C_("minutes", "Next meeting"), "",
        }, 2, next_anchor);
      nv_document_end_table (document);
    }

    /* Seed 004: the items start after the front page */
    if (items->len > 0)
      nv_document_add_page_break (document);
    nv_document_append (document, body);
  }

  return document;
}

/**
 * nv_document_new_of_kind:
 * @meeting: (nullable): the meeting, for an agenda or invitation
 * @network: (nullable): the network, for a contact list or series plan;
 *   %NULL for all of them
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 * set
 */
NvDocument *
nv_document_new_of_kind (NvDocumentKind   kind,
                         NvPlan          *plan,
                         NvMeeting       *meeting,
                         NvNetwork       *network,
                         GError         **error)
{
  if ((kind == NV_DOCUMENT_AGENDA || kind == NV_DOCUMENT_INVITATION || kind == NV_DOCUMENT_MINUTES) &&
      meeting == NULL)
    {
      g_set_error (error, NV_DOCUMENTS_ERROR, NV_DOCUMENTS_ERROR_NEEDS_MEETING,
                   _("An agenda, an invitation or minutes are for one meeting: choose the meeting"));
      return NULL;
    }

  switch (kind)
    {
    case NV_DOCUMENT_AGENDA:
      return nv_document_new_agenda (plan, meeting, FALSE);

    case NV_DOCUMENT_INVITATION:
      return nv_document_new_invitations (plan, meeting, TRUE, error);

    case NV_DOCUMENT_CONTACTS:
      return nv_document_new_contacts (plan, network);

    case NV_DOCUMENT_MINUTES:
      return nv_document_new_minutes (plan, meeting);

    case NV_DOCUMENT_PLAN:
      if (network != NULL)
        return nv_document_new_series_plan (plan, network);
      else
        {
          /* Every network's plan, each from a new page */
          NvRecordList *networks = NV_RECORD_LIST (nv_plan_get_networks (plan));
          NvDocument *all = nv_document_new (_("Series plan"));

          for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (networks)); i++)
            {
              g_autoptr(NvDocument) one = nv_document_new_series_plan (plan, NV_NETWORK (nv_record_list_peek (networks, i)));

              if (i > 0)
                nv_document_add_page_break (all);
              nv_document_append (all, one);
            }
          return all;
        }

    default:
      g_set_error (error, NV_DOCUMENTS_ERROR, NV_DOCUMENTS_ERROR_UNKNOWN_KIND,
                   _("There is no such document"));
      return NULL;
    }
}

/* nv-referat.c: recording a meeting — attendance, minutes, action items
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-agenda.h"
#include "nv-format.h"
#include "nv-history.h"
#include "nv-member.h"
#include "nv-participant.h"
#include "nv-record-list.h"
#include "nv-referat.h"

/* After a meeting the minute-taker records who came and what was
 * decided (seed 001), and municipal forums keep formal minutes of each
 * item (seed 004). Approved minutes are locked: the editors check
 * nv_minutes_check_editable() and the setters here refuse, until the
 * minutes are unlocked (back to a draft). */

G_DEFINE_QUARK (nv-referat-error-quark, nv_referat_error)

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static NvMeeting *
meeting_of (NvRecord *record)
{
  if (NV_IS_MEETING (record))
    return NV_MEETING (record);
  return NV_MEETING (nv_record_find_ancestor (record, NV_TYPE_MEETING));
}

/* Attendance */

/**
 * nv_attendance_from_reply:
 *
 * Returns: what a reply to the invitation says about attendance: an
 * acceptance is expected to come, a refusal is afbud
 */
NvAttendance
nv_attendance_from_reply (NvReply reply)
{
  switch (reply)
    {
    case NV_REPLY_ACCEPTED:
      return NV_ATTENDANCE_PRESENT;
    case NV_REPLY_DECLINED:
      return NV_ATTENDANCE_REGRETS;
    case NV_REPLY_NONE:
    case NV_REPLY_INVITED:
    case NV_REPLY_NO_ANSWER:
    default:
      return NV_ATTENDANCE_UNKNOWN;
    }
}

void
nv_meeting_count_attendance (NvMeeting          *meeting,
                             NvAttendanceCounts *counts)
{
  GListModel *participants;

  g_return_if_fail (NV_IS_MEETING (meeting));
  g_return_if_fail (counts != NULL);

  *counts = (NvAttendanceCounts) { 0 };
  participants = nv_meeting_get_participants (meeting);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (participants), i));

      switch (nv_participant_get_attendance (participant))
        {
        case NV_ATTENDANCE_PRESENT:
          counts->present++;
          break;
        case NV_ATTENDANCE_REGRETS:
          counts->regrets++;
          break;
        case NV_ATTENDANCE_ABSENT:
          counts->absent++;
          break;
        case NV_ATTENDANCE_UNKNOWN:
        default:
          counts->unknown++;
          break;
        }
    }
}

/**
 * nv_meeting_attendance_recorded:
 *
 * Returns: %TRUE if anyone's attendance at @meeting has been recorded
 */
gboolean
nv_meeting_attendance_recorded (NvMeeting *meeting)
{
  NvAttendanceCounts counts;

  nv_meeting_count_attendance (meeting, &counts);
  return counts.present + counts.regrets + counts.absent > 0;
}

/**
 * nv_attendance_format_counts:
 *
 * Returns: "5 present, 2 regrets, 1 absent", leaving out what is 0, or
 * %NULL when nothing has been recorded
 */
char *
nv_attendance_format_counts (const NvAttendanceCounts *counts)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (counts->present > 0)
    /* Translators: attendance counts, joined by ", ": "5 present, 2 regrets (afbud), 1 absent" */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u present", "%u present",
                                                          counts->present), counts->present));
  if (counts->regrets > 0)
    /* Translators: attendance counts: people who sent regrets (afbud) */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sent regrets", "%u sent regrets",
                                                          counts->regrets), counts->regrets));
  if (counts->absent > 0)
    /* Translators: attendance counts: absent without notice */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u absent", "%u absent",
                                                          counts->absent), counts->absent));
  if (parts->len == 0)
    return NULL;
  if (counts->unknown > 0)
    /* Translators: attendance counts: not recorded yet */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u not recorded", "%u not recorded",
                                                          counts->unknown), counts->unknown));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

/**
 * nv_meeting_prefill_attendance:
 *
 * Records the attendance of everyone whose attendance is not recorded
 * yet from their reply: an acceptance as present, a refusal as afbud.
 * One undo step.
 *
 * Returns: how many participants changed
 */
guint
nv_meeting_prefill_attendance (NvMeeting *meeting)
{
  NvRecordList *participants;
  NvHistory *history;
  guint changed = 0;

  g_return_val_if_fail (NV_IS_MEETING (meeting), 0);

  if (nv_minutes_is_locked (meeting))
    return 0;

  participants = NV_RECORD_LIST (nv_meeting_get_participants (meeting));
  history = nv_record_find_history (NV_RECORD (meeting));
  /* Translators: the undo step that fills in attendance from the replies */
  nv_history_begin_group (history, _("Attendance from Replies"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (participants)); i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (participants, i));
      NvAttendance attendance = nv_attendance_from_reply (nv_participant_get_reply (participant));

      if (nv_participant_get_attendance (participant) != NV_ATTENDANCE_UNKNOWN ||
          attendance == NV_ATTENDANCE_UNKNOWN)
        continue;

      nv_participant_set_attendance (participant, attendance);
      changed++;
    }
  nv_history_end_group (history);
  return changed;
}

/**
 * nv_network_attendance:
 *
 * Each member's attendance over @network's series, in the order of the
 * members: of the meetings whose attendance was recorded, how many they
 * came to, sent regrets for (afbud) or missed without notice. A meeting
 * they were not a participant of counts as missed only under the rule
 * of mødepligt, so it is left out here: @meetings counts those where
 * they were expected.
 *
 * Returns: (transfer full) (element-type NvMemberAttendance): one per member
 */
GArray *
nv_network_attendance (NvNetwork *network)
{
  NvRecordList *members, *meetings;
  GArray *result;
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (NV_IS_NETWORK (network), NULL);

  members = NV_RECORD_LIST (nv_network_get_members (network));
  meetings = NV_RECORD_LIST (nv_network_get_meetings (network));
  result = g_array_new (FALSE, TRUE, sizeof (NvMemberAttendance));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (members)); i++)
    {
      NvMemberAttendance row = { .person = nv_member_get_person (NV_MEMBER (nv_record_list_peek (members, i))) };

      if (row.person == NULL || g_hash_table_contains (index, row.person))
        continue;
      g_array_append_val (result, row);
      g_hash_table_insert (index, (gpointer) row.person, GUINT_TO_POINTER (result->len));
    }

  for (guint m = 0; m < g_list_model_get_n_items (G_LIST_MODEL (meetings)); m++)
    {
      NvMeeting *meeting = NV_MEETING (nv_record_list_peek (meetings, m));
      NvRecordList *participants = NV_RECORD_LIST (nv_meeting_get_participants (meeting));

      if (!nv_meeting_attendance_recorded (meeting))
        continue;

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (participants)); i++)
        {
          NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (participants, i));
          const char *person = nv_participant_get_person (participant);
          guint position = person != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (index, person)) : 0;
          NvMemberAttendance *row;

          if (position == 0)
            continue;

          row = &g_array_index (result, NvMemberAttendance, position - 1);
          row->meetings++;
          switch (nv_participant_get_attendance (participant))
            {
            case NV_ATTENDANCE_PRESENT:
              row->present++;
              break;
            case NV_ATTENDANCE_REGRETS:
              row->regrets++;
              break;
            case NV_ATTENDANCE_ABSENT:
              row->absent++;
              break;
            case NV_ATTENDANCE_UNKNOWN:
            default:
              break;
            }
        }
    }

  return result;
}

/* The lock */

/**
 * nv_minutes_is_locked:
 *
 * Returns: %TRUE if @meeting's minutes are approved (or sent), and so
 * not to be changed by accident
 */
gboolean
nv_minutes_is_locked (NvMeeting *meeting)
{
  g_return_val_if_fail (NV_IS_MEETING (meeting), FALSE);

  return nv_minutes_get_status (nv_meeting_get_minutes (meeting)) != NV_MINUTES_STATUS_DRAFT;
}

/**
 * nv_minutes_check_editable:
 * @record: a meeting, or an agenda item, participant or action item of one
 *
 * Returns: %TRUE if the minutes @record belongs to may be changed, or
 * %FALSE with @error set if they are approved
 */
gboolean
nv_minutes_check_editable (NvRecord  *record,
                           GError   **error)
{
  NvMeeting *meeting;

  g_return_val_if_fail (NV_IS_RECORD (record), FALSE);

  meeting = meeting_of (record);
  if (meeting == NULL || !nv_minutes_is_locked (meeting))
    return TRUE;

  g_set_error (error, NV_REFERAT_ERROR, NV_REFERAT_ERROR_LOCKED,
               /* Translators: %s is a meeting's title */
               _("The minutes of “%s” are approved: unlock them to make changes"),
               nv_meeting_get_title (meeting) != NULL ? nv_meeting_get_title (meeting) : _("Meeting"));
  return FALSE;
}

/**
 * nv_minutes_set_text:
 * @field: "background", "recommendation", "decision" or "minutes-notes"
 *
 * Sets one of an agenda item's minutes, unless they are locked.
 */
gboolean
nv_minutes_set_text (NvAgendaItem  *item,
                     const char    *field,
                     const char    *text,
                     GError       **error)
{
  static const char * const fields[] = { "background", "recommendation", "decision", "minutes-notes", NULL };

  g_return_val_if_fail (NV_IS_AGENDA_ITEM (item), FALSE);
  g_return_val_if_fail (g_strv_contains (fields, field), FALSE);

  if (!nv_minutes_check_editable (NV_RECORD (item), error))
    return FALSE;

  g_object_set (item, field, text != NULL && text[0] != '\0' ? text : NULL, NULL);
  return TRUE;
}

/**
 * nv_minutes_set_attendance:
 *
 * Records whether @participant came, unless the minutes are locked.
 */
gboolean
nv_minutes_set_attendance (NvParticipant  *participant,
                           NvAttendance    attendance,
                           GError        **error)
{
  g_return_val_if_fail (NV_IS_PARTICIPANT (participant), FALSE);

  if (!nv_minutes_check_editable (NV_RECORD (participant), error))
    return FALSE;

  nv_participant_set_attendance (participant, attendance);
  return TRUE;
}

/**
 * nv_minutes_approve:
 * @date: the day they were approved (julian)
 *
 * Approves @meeting's minutes, which locks them. One undo step.
 */
void
nv_minutes_approve (NvMeeting *meeting,
                    guint      date)
{
  NvMinutes *minutes;
  NvHistory *history;

  g_return_if_fail (NV_IS_MEETING (meeting));

  minutes = nv_meeting_get_minutes (meeting);
  history = nv_record_find_history (NV_RECORD (meeting));
  /* Translators: an undo step */
  nv_history_begin_group (history, _("Approve Minutes"));
  nv_minutes_set_status (minutes, NV_MINUTES_STATUS_APPROVED);
  nv_minutes_set_approved (minutes, date);
  nv_history_end_group (history);
}

/**
 * nv_minutes_mark_sent:
 * @date: the day they were sent to everyone (julian)
 *
 * Seed 001: the minute-taker sends the minutes before the next meeting.
 * Sent minutes stay locked. One undo step.
 */
void
nv_minutes_mark_sent (NvMeeting *meeting,
                      guint      date)
{
  NvMinutes *minutes;
  NvHistory *history;

  g_return_if_fail (NV_IS_MEETING (meeting));

  minutes = nv_meeting_get_minutes (meeting);
  history = nv_record_find_history (NV_RECORD (meeting));
  /* Translators: an undo step */
  nv_history_begin_group (history, _("Minutes Sent"));
  if (nv_minutes_get_approved (minutes) == 0)
    nv_minutes_set_approved (minutes, date);
  nv_minutes_set_status (minutes, NV_MINUTES_STATUS_SENT);
  nv_minutes_set_sent (minutes, date);
  nv_history_end_group (history);
}

/**
 * nv_minutes_unlock:
 *
 * Makes approved minutes a draft again, to be changed; the dates they
 * were approved and sent are kept. One undo step.
 */
void
nv_minutes_unlock (NvMeeting *meeting)
{
  g_return_if_fail (NV_IS_MEETING (meeting));

  nv_minutes_set_status (nv_meeting_get_minutes (meeting), NV_MINUTES_STATUS_DRAFT);
}

/* Action items */

/**
 * nv_meeting_add_action:
 * @from: (nullable): the agenda item it was agreed under
 * @what: (nullable): the task
 *
 * Adds an action item to @meeting, unless its minutes are locked.
 *
 * Returns: (transfer none) (nullable): the new action item, or %NULL
 * with @error set
 */
NvActionItem *
nv_meeting_add_action (NvMeeting     *meeting,
                       NvAgendaItem  *from,
                       const char    *what,
                       GError       **error)
{
  g_autoptr(NvActionItem) action = NULL;
  NvHistory *history;

  g_return_val_if_fail (NV_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (from == NULL || NV_IS_AGENDA_ITEM (from), NULL);

  if (!nv_minutes_check_editable (NV_RECORD (meeting), error))
    return NULL;

  action = nv_action_item_new ();
  g_free (nv_record_make_id (NV_RECORD (action)));
  if (what != NULL && what[0] != '\0')
    nv_action_item_set_what (action, what);
  if (from != NULL)
    nv_action_item_set_agenda_item (action, nv_record_get_id (NV_RECORD (from)));

  history = nv_record_find_history (NV_RECORD (meeting));
  /* Translators: an undo step */
  nv_history_begin_group (history, _("New Action Item"));
  nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_actions (meeting)), NV_RECORD (action));
  nv_history_end_group (history);
  return action;
}

/**
 * nv_action_item_get_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting @action was agreed at
 */
NvMeeting *
nv_action_item_get_meeting (NvActionItem *action)
{
  g_return_val_if_fail (NV_IS_ACTION_ITEM (action), NULL);

  return NV_MEETING (nv_record_find_ancestor (NV_RECORD (action), NV_TYPE_MEETING));
}

typedef struct
{
  NvMeeting *meeting;
  guint      position;
} SeriesEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SeriesEntry *x = a, *y = b;
  int order = nv_meeting_compare (x->meeting, y->meeting);

  return order != 0 ? order : (x->position > y->position) - (x->position < y->position);
}

/* @network's meetings in the order of the series */
static GArray *
series_in_order (NvNetwork *network)
{
  NvRecordList *meetings = NV_RECORD_LIST (nv_network_get_meetings (network));
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (SeriesEntry));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (meetings)); i++)
    {
      SeriesEntry entry = { NV_MEETING (nv_record_list_peek (meetings, i)), i };

      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);
  return entries;
}

static void
add_open_actions (GPtrArray *result,
                  NvMeeting *meeting)
{
  NvRecordList *actions = NV_RECORD_LIST (nv_meeting_get_actions (meeting));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (actions)); i++)
    {
      NvActionItem *action = NV_ACTION_ITEM (nv_record_list_peek (actions, i));

      if (!nv_action_item_get_done (action))
        g_ptr_array_add (result, g_object_ref (action));
    }
}

/**
 * nv_meeting_open_actions_before:
 *
 * The action items agreed at earlier meetings of @meeting's series that
 * are not done yet, to follow up at @meeting.
 *
 * Returns: (transfer container) (element-type NvActionItem): oldest first
 */
GPtrArray *
nv_meeting_open_actions_before (NvMeeting *meeting)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  NvNetwork *network;
  g_autoptr(GArray) series = NULL;

  g_return_val_if_fail (NV_IS_MEETING (meeting), result);

  network = NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));
  if (network == NULL)
    return result;

  series = series_in_order (network);
  for (guint i = 0; i < series->len; i++)
    {
      NvMeeting *earlier = g_array_index (series, SeriesEntry, i).meeting;

      if (earlier == meeting)
        break;
      add_open_actions (result, earlier);
    }
  return result;
}

/**
 * nv_network_open_actions:
 *
 * Returns: (transfer container) (element-type NvActionItem): every
 * action item of @network's meetings that is not done, in the order of
 * the series
 */
GPtrArray *
nv_network_open_actions (NvNetwork *network)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) series = NULL;

  g_return_val_if_fail (NV_IS_NETWORK (network), result);

  series = series_in_order (network);
  for (guint i = 0; i < series->len; i++)
    add_open_actions (result, g_array_index (series, SeriesEntry, i).meeting);
  return result;
}

/* The next meeting */

/**
 * nv_meeting_set_next:
 * @date: (nullable): the next meeting's date, or 0 to leave it
 * @chair: (nullable): its chair's id, or %NULL to leave it
 * @minute_taker: (nullable): its minute-taker's id, or %NULL to leave it
 *
 * At the end of a meeting the next one's date, chair and minute-taker
 * are chosen (seed 001): this writes them into the meeting that comes
 * after @meeting in its series, made first (with @meeting's start and
 * length) if there is none. One undo step.
 *
 * Returns: (transfer none) (nullable): the next meeting; %NULL if
 * @meeting is in no network
 */
NvMeeting *
nv_meeting_set_next (NvMeeting  *meeting,
                     guint       date,
                     const char *chair,
                     const char *minute_taker)
{
  NvRecordList *meetings;
  NvMeeting *next;
  NvHistory *history;

  g_return_val_if_fail (NV_IS_MEETING (meeting), NULL);

  meetings = nv_record_get_container (NV_RECORD (meeting));
  if (meetings == NULL)
    return NULL;

  history = nv_record_find_history (NV_RECORD (meeting));
  /* Translators: an undo step */
  nv_history_begin_group (history, _("Next Meeting"));

  next = nv_meeting_find_next (meeting);
  if (next == NULL)
    {
      g_autoptr(NvMeeting) created = nv_meeting_new ();
      guint n = g_list_model_get_n_items (G_LIST_MODEL (meetings));
      /* Translators: the title of a new meeting, "Network meeting 4" */
      g_autofree char *title = g_strdup_printf (_("Network meeting %u"), n + 1);

      g_free (nv_record_make_id (NV_RECORD (created)));
      nv_meeting_set_title (created, title);
      nv_meeting_set_start (created, nv_meeting_get_start (meeting));
      nv_meeting_set_duration (created, nv_meeting_get_duration (meeting));
      nv_meeting_set_location (created, nv_meeting_get_location (meeting));
      nv_record_list_append (meetings, NV_RECORD (created));
      next = created;
    }

  if (date != 0)
    nv_meeting_set_date (next, date);
  if (chair != NULL)
    nv_meeting_set_chair (next, chair[0] != '\0' ? chair : NULL);
  if (minute_taker != NULL)
    nv_meeting_set_minute_taker (next, minute_taker[0] != '\0' ? minute_taker : NULL);

  nv_history_end_group (history);
  return next;
}

/* Plain text, for an e-mail */

static void
append_people (GString    *text,
               NvPlan     *plan,
               NvMeeting  *meeting,
               NvAttendance attendance,
               const char *label)
{
  GListModel *participants = nv_meeting_get_participants (meeting);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (participants), i));
      const char *name = nv_plan_person_name (plan, nv_participant_get_person (participant));

      if (nv_participant_get_attendance (participant) == attendance && name != NULL)
        g_ptr_array_add (names, (gpointer) name);
    }

  if (names->len == 0)
    return;
  g_ptr_array_add (names, NULL);
  {
    g_autofree char *list = g_strjoinv (", ", (char **) names->pdata);

    g_string_append_printf (text, "%s: %s\n", label, list);
  }
}

static void
append_section (GString    *text,
                const char *heading,
                const char *body)
{
  if (body == NULL || body[0] == '\0')
    return;
  g_string_append_printf (text, "\n%s\n%s\n", heading, body);
}

static void
append_action (GString      *text,
               NvPlan       *plan,
               NvActionItem *action)
{
  const char *who = nv_plan_person_name (plan, nv_action_item_get_who (action));
  g_autofree char *due = nv_action_item_get_due (action) != 0 ? nv_format_date_short (nv_action_item_get_due (action))
                                                               : NULL;

  g_string_append_printf (text, "%s %s", nv_action_item_get_done (action) ? "[x]" : "[ ]",
                          or_empty (nv_action_item_get_what (action)));
  if (who != NULL && due != NULL)
    /* Translators: who does an action item and by when, in the text minutes: "(Mia R., by 3 Mar 2027)" */
    g_string_append_printf (text, _(" (%s, by %s)"), who, due);
  else if (who != NULL)
    g_string_append_printf (text, " (%s)", who);
  else if (due != NULL)
    /* Translators: by when an action item is due, in the text minutes */
    g_string_append_printf (text, _(" (by %s)"), due);
  g_string_append_c (text, '\n');
}

/**
 * nv_referat_to_text:
 *
 * Returns: @meeting's minutes as plain text, for an e-mail: the same
 * parts as the printed minutes
 */
char *
nv_referat_to_text (NvPlan    *plan,
                    NvMeeting *meeting)
{
  NvNetwork *network = NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));
  NvRecordList *agenda = NV_RECORD_LIST (nv_meeting_get_agenda (meeting));
  NvRecordList *actions = NV_RECORD_LIST (nv_meeting_get_actions (meeting));
  g_autoptr(GPtrArray) earlier = nv_meeting_open_actions_before (meeting);
  g_autofree char *when = nv_format_when (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting));
  NvMeeting *next = nv_meeting_find_next (meeting);
  GString *text = g_string_new (NULL);
  guint number = 0;

  g_return_val_if_fail (NV_IS_MEETING (meeting), NULL);

  /* Translators: the title of a meeting's minutes (referat) */
  g_string_append_printf (text, "%s\n", C_("document", "Minutes"));
  if (network != NULL && nv_network_get_name (network) != NULL)
    g_string_append_printf (text, "%s\n", nv_network_get_name (network));
  if (nv_meeting_get_title (meeting) != NULL &&
      (network == NULL || g_strcmp0 (nv_meeting_get_title (meeting), nv_network_get_name (network)) != 0))
    g_string_append_printf (text, "%s\n", nv_meeting_get_title (meeting));
  if (when != NULL)
    g_string_append_printf (text, "%s\n", when);
  if (nv_meeting_get_location (meeting) != NULL)
    /* Translators: the place line of a text agenda */
    g_string_append_printf (text, _("Place: %s\n"), nv_meeting_get_location (meeting));
  if (nv_plan_person_name (plan, nv_meeting_get_chair (meeting)) != NULL)
    g_string_append_printf (text, "%s: %s\n", C_("document", "Chair"),
                            nv_plan_person_name (plan, nv_meeting_get_chair (meeting)));
  if (nv_plan_person_name (plan, nv_meeting_get_minute_taker (meeting)) != NULL)
    g_string_append_printf (text, "%s: %s\n", C_("document", "Minute-taker"),
                            nv_plan_person_name (plan, nv_meeting_get_minute_taker (meeting)));
  append_people (text, plan, meeting, NV_ATTENDANCE_PRESENT, C_("document", "Present"));
  append_people (text, plan, meeting, NV_ATTENDANCE_REGRETS, C_("document", "Regrets"));
  append_people (text, plan, meeting, NV_ATTENDANCE_ABSENT, C_("document", "Absent"));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (agenda)); i++)
    {
      NvAgendaItem *item = NV_AGENDA_ITEM (nv_record_list_peek (agenda, i));
      const char * const *attachments = nv_agenda_item_get_attachments (item);
      g_autofree char *heading = NULL;

      if (nv_agenda_item_get_kind (item) == NV_ITEM_KIND_PAUSE)
        continue;

      /* Translators: an item's heading in the minutes: "Item 1: Netværkstemaer" (Danish: "Punkt 1: …") */
      heading = g_strdup_printf (_("Item %u: %s"), ++number, or_empty (nv_agenda_item_get_title (item)));
      g_string_append_printf (text, "\n%s\n", heading);
      for (const char *p = heading; *p != '\0'; p = g_utf8_next_char (p))
        g_string_append_c (text, '=');
      g_string_append_c (text, '\n');
      if (nv_agenda_item_get_case_number (item) != NULL)
        /* Translators: an agenda item's case number (sagsnummer) in the minutes */
        g_string_append_printf (text, _("Case no. %s\n"), nv_agenda_item_get_case_number (item));
      if (attachments != NULL && attachments[0] != NULL)
        {
          g_autofree char *list = g_strjoinv (", ", (char **) attachments);

          /* Translators: an agenda item's attachments (bilag) in the minutes */
          g_string_append_printf (text, _("Attachments: %s\n"), list);
        }
      append_section (text, C_("minutes", "Background"), nv_agenda_item_get_background (item));
      append_section (text, C_("minutes", "Recommendation"), nv_agenda_item_get_recommendation (item));
      append_section (text, C_("minutes", "Decision"), nv_agenda_item_get_decision (item));
      append_section (text, C_("minutes", "Notes"), nv_agenda_item_get_minutes_notes (item));
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (actions)) > 0)
    {
      g_string_append_printf (text, "\n%s\n", C_("minutes", "Action items"));
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (actions)); i++)
        append_action (text, plan, NV_ACTION_ITEM (nv_record_list_peek (actions, i)));
    }
  if (earlier->len > 0)
    {
      g_string_append_printf (text, "\n%s\n", C_("minutes", "Open from earlier meetings"));
      for (guint i = 0; i < earlier->len; i++)
        append_action (text, plan, g_ptr_array_index (earlier, i));
    }

  if (next != NULL)
    {
      g_autofree char *next_when = nv_format_when (nv_meeting_get_date (next), nv_meeting_get_start (next));
      const char *chair = nv_plan_person_name (plan, nv_meeting_get_chair (next));
      const char *minute_taker = nv_plan_person_name (plan, nv_meeting_get_minute_taker (next));

      g_string_append_printf (text, "\n%s\n", C_("minutes", "Next meeting"));
      if (next_when != NULL)
        g_string_append_printf (text, "%s\n", next_when);
      if (nv_meeting_get_location (next) != NULL)
        g_string_append_printf (text, _("Place: %s\n"), nv_meeting_get_location (next));
      if (chair != NULL)
        g_string_append_printf (text, "%s: %s\n", C_("document", "Chair"), chair);
      if (minute_taker != NULL)
        g_string_append_printf (text, "%s: %s\n", C_("document", "Minute-taker"), minute_taker);
    }

  return g_string_free (text, FALSE);
}

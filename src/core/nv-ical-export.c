/* nv-ical-export.c: meetings as iCalendar for Outlook, Google and Apple
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "nv-agenda.h"
#include "nv-calendar-state.h"
#include "nv-history.h"
#include "nv-ical-export.h"
#include "nv-participant.h"
#include "nv-person.h"
#include "nv-util.h"

/*
 * Every component, property and parameter is made with libical, and
 * libical writes the text: CRLF, lines folded at 75 octets, escaping.
 * The one exception is the time zone. libical's own Europe/Copenhagen has
 * a TZID with a "/freeassociation.sourceforge.net/" prefix and sixteen
 * historic observances, RDATEs and rules that mix BYDAY with BYMONTHDAY,
 * which Outlook misreads; calendar programs want this shape: one
 * STANDARD and one DAYLIGHT observance, each with a yearly rule.
 */
static const char copenhagen_vtimezone[] =
  "BEGIN:VTIMEZONE\r\n"
  "TZID:" NV_ICAL_TZID "\r\n"
  "BEGIN:STANDARD\r\n"
  "DTSTART:19701025T030000\r\n"
  "TZOFFSETFROM:+0200\r\n"
  "TZOFFSETTO:+0100\r\n"
  "TZNAME:CET\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
  "END:STANDARD\r\n"
  "BEGIN:DAYLIGHT\r\n"
  "DTSTART:19700329T020000\r\n"
  "TZOFFSETFROM:+0100\r\n"
  "TZOFFSETTO:+0200\r\n"
  "TZNAME:CEST\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
  "END:DAYLIGHT\r\n"
  "END:VTIMEZONE\r\n";

/* A meeting without a length of its own or an agenda lasts this long */

G_DEFINE_QUARK (nv-ical-error-quark, nv_ical_error)

icalcomponent *
nv_ical_copenhagen_vtimezone (void)
{
  return icalcomponent_new_from_string (copenhagen_vtimezone);
}

/* The zone the meetings' times are in, made from the VTIMEZONE above */
icaltimezone *
nv_ical_copenhagen_zone (void)
{
  static icaltimezone *zone;

  if (g_once_init_enter (&zone))
    {
      icaltimezone *new_zone = icaltimezone_new ();

      icaltimezone_set_component (new_zone, nv_ical_copenhagen_vtimezone ());
      g_once_init_leave (&zone, new_zone);
    }
  return zone;
}

static struct icaltimetype
local_time (guint julian,
            int   minutes)
{
  struct icaltimetype time = icaltime_null_time ();
  int year, month, day;

  nv_date_to_ymd (julian, &year, &month, &day);
  time.year = year;
  time.month = month;
  time.day = day;
  time.is_date = 0;
  icaltime_adjust (&time, 0, 0, minutes, 0);
  time.zone = nv_ical_copenhagen_zone ();
  return time;
}

/* DTSTART and DTEND, set through the component so the TZID parameter is
 * written; a meeting with a date but no time of day is a whole-day event
 * (VALUE=DATE, ending the next day, RFC 5545 3.6.1) */
static void
set_times (icalcomponent *event,
           NvMeeting     *meeting)
{
  guint date = nv_meeting_get_date (meeting);
  int start = nv_meeting_get_start (meeting);

  if (start < 0)
    {
      struct icaltimetype day = local_time (date, 0);
      struct icaltimetype next;

      day.is_date = 1;
      day.zone = NULL;
      next = day;
      icaltime_adjust (&next, 1, 0, 0, 0);
      icalcomponent_set_dtstart (event, day);
      icalcomponent_set_dtend (event, next);
      return;
    }

  icalcomponent_set_dtstart (event, local_time (date, start));
  icalcomponent_set_dtend (event, local_time (date, start + nv_ical_meeting_length (meeting)));
}

int
nv_ical_meeting_length (NvMeeting *meeting)
{
  g_autoptr(NvAgendaTimes) times = nv_agenda_times_new (meeting);

  return times->length;
}

char *
nv_ical_meeting_uid (NvMeeting *meeting)
{
  const char *imported = nv_calendar_state_get_uid (nv_meeting_get_calendar (meeting));
  const char *calendar_id;
  NvPlan *plan;

  /* A meeting that came from a calendar keeps its event's UID, so the
   * calendar updates that event instead of adding another */
  if (imported != NULL)
    return g_strdup (imported);

  plan = NV_PLAN (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_PLAN));
  calendar_id = plan != NULL ? nv_plan_get_calendar_id (plan) : NULL;
  if (calendar_id != NULL)
    return g_strdup_printf ("%s.%s@netvaerk", nv_record_get_id (NV_RECORD (meeting)), calendar_id);

  /* A plan exported before plans had a calendar id keeps its UIDs */
  return g_strdup_printf ("%s@netvaerk", nv_record_get_id (NV_RECORD (meeting)));
}

static gboolean
was_exported (NvPlan *plan)
{
  GListModel *networks = nv_plan_get_networks (plan);

  for (guint n = 0; n < g_list_model_get_n_items (networks); n++)
    {
      GListModel *meetings = nv_network_get_meetings (NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (networks), n)));

      for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
        {
          NvMeeting *meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), i));

          if (nv_calendar_state_get_digest (nv_meeting_get_calendar (meeting)) != NULL)
            return TRUE;
        }
    }
  return FALSE;
}

/* Meeting ids are unique in their plan only: two plans made from the same
 * sample have the same ones. A plan's first export gives it a random
 * calendar id, which goes into its UIDs and stays with the plan. */
static void
ensure_calendar_id (NvPlan *plan)
{
  NvHistory *history = nv_plan_get_history (plan);
  g_autofree char *id = NULL;

  if (nv_plan_get_calendar_id (plan) != NULL || was_exported (plan))
    return;

  id = g_uuid_string_random ();
  /* Like what each export records: a fact, not an edit to undo */
  nv_history_begin_unrecorded (history);
  nv_plan_set_calendar_id (plan, id);
  nv_history_end_unrecorded (history);
}

char *
nv_ical_meeting_summary (NvMeeting *meeting)
{
  NvNetwork *network = NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));
  const char *name = network ? nv_network_get_name (network) : NULL;
  const char *what = nv_meeting_get_subtheme (meeting) ? nv_meeting_get_subtheme (meeting)
                                                        : nv_meeting_get_title (meeting);

  if (name != NULL && what != NULL)
    return g_strdup_printf ("%s – %s", name, what);
  return g_strdup (name != NULL ? name : what != NULL ? what : _("Meeting"));
}

/* The roles the calendar shows, in this order */
static const char * const meeting_roles[] = {
  "chair", "minute-taker", "host", "boundary-keeper", "theme-leads", NULL
};

/* Who has the role @name in @meeting, by name ("Anna, Bo" for theme
 * leads), or %NULL for nobody */
static char *
role_holders (NvPlan     *plan,
              NvMeeting  *meeting,
              const char *name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (meeting), name);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) holders = NULL;

  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV)
    g_object_get (meeting, name, &ids, NULL);
  else
    {
      ids = g_new0 (char *, 2);
      g_object_get (meeting, name, &ids[0], NULL);
    }

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (nv_plan_person_name (plan, ids[i]) != NULL)
      g_strv_builder_add (names, nv_plan_person_name (plan, ids[i]));
  holders = g_strv_builder_end (names);
  return holders[0] != NULL ? g_strjoinv (", ", holders) : NULL;
}

/* The agenda with its clock times, the roles, and who contributes what */
static char *
description (NvPlan    *plan,
             NvMeeting *meeting)
{
  GListModel *participants = nv_meeting_get_participants (meeting);
  g_autofree char *agenda = nv_agenda_to_text (plan, meeting);
  GString *text = g_string_new (agenda);
  gboolean heading = FALSE;

  for (guint i = 0; meeting_roles[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (meeting), meeting_roles[i]);
      g_autofree char *holders = role_holders (plan, meeting, meeting_roles[i]);

      if (holders == NULL)
        continue;
      if (!heading)
        g_string_append_c (text, '\n');
      heading = TRUE;
      g_string_append_printf (text, "%s: %s\n", _(g_param_spec_get_nick (pspec)), holders);
    }

  if (g_list_model_get_n_items (participants) > 0)
    {
      g_string_append_printf (text, "\n%s\n", _("Participants"));
      for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
        {
          NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (participants), i));
          const char *name = nv_plan_person_name (plan, nv_participant_get_person (participant));
          const char *contribution = nv_participant_get_contribution (participant);

          g_string_append_printf (text, "• %s", name ? name : _("Unnamed person"));
          if (contribution != NULL)
            g_string_append_printf (text, " – %s", contribution);
          g_string_append_c (text, '\n');
        }
    }

  return g_string_free (text, FALSE);
}

/**
 * nv_ical_meeting_status:
 *
 * Returns: the calendar status @meeting is published with (an int, to
 *   keep libical's enum out of the header): CONFIRMED for a confirmed or
 *   held meeting, CANCELLED, or TENTATIVE while it is only planned
 */
int
nv_ical_meeting_status (NvMeeting *meeting)
{
  switch (nv_meeting_get_status (meeting))
    {
    case NV_MEETING_STATUS_CANCELLED:
      return ICAL_STATUS_CANCELLED;
    case NV_MEETING_STATUS_CONFIRMED:
    case NV_MEETING_STATUS_HELD:
      return ICAL_STATUS_CONFIRMED;
    case NV_MEETING_STATUS_PLANNED:
    default:
      return ICAL_STATUS_TENTATIVE;
    }
}

static icalproperty_status
event_status (NvMeeting    *meeting,
              NvIcalMethod  method)
{
  return method == NV_ICAL_CANCEL ? ICAL_STATUS_CANCELLED : (icalproperty_status) nv_ical_meeting_status (meeting);
}

static const char *
text_or_empty (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

/* Parameter values cannot hold a double quote (RFC 5545, 3.1) */
static char *
parameter_text (const char *text)
{
  char *copy = g_strdup (text);

  /* A parameter value cannot hold a double quote; a line break libical
   * would write as RFC 6868's "^n", which few calendar programs read */
  g_strdelimit (copy, "\"", '\'');
  g_strdelimit (copy, "\r\n\t", ' ');
  return copy;
}

static icalproperty *
person_property (icalproperty *property,
                 const char   *name)
{
  if (name != NULL)
    {
      g_autofree char *cn = parameter_text (name);
      icalproperty_add_parameter (property, icalparameter_new_cn (cn));
    }
  return property;
}

/* The network's organiser, if they have an e-mail address to be ORGANIZER */
static NvPerson *
organiser_with_address (NvPlan    *plan,
                        NvMeeting *meeting)
{
  NvNetwork *network = NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));
  NvRecord *organiser = network ? nv_plan_lookup (plan, nv_network_get_organiser (network)) : NULL;

  if (!NV_IS_PERSON (organiser) || text_or_empty (nv_person_get_email (NV_PERSON (organiser))) == NULL)
    return NULL;
  return NV_PERSON (organiser);
}

static void
add_organizer (icalcomponent *event,
               NvPlan        *plan,
               NvMeeting     *meeting)
{
  NvPerson *organiser = organiser_with_address (plan, meeting);
  g_autofree char *address = NULL;

  if (organiser == NULL)
    return;

  address = g_strconcat ("mailto:", nv_person_get_email (NV_PERSON (organiser)), NULL);
  icalcomponent_add_property (event, person_property (icalproperty_new_organizer (address),
                                                      nv_person_get_name (NV_PERSON (organiser))));
}

static icalparameter_partstat
participation (NvReply reply)
{
  switch (reply)
    {
    case NV_REPLY_ACCEPTED:
      return ICAL_PARTSTAT_ACCEPTED;
    case NV_REPLY_DECLINED:
      return ICAL_PARTSTAT_DECLINED;
    case NV_REPLY_NONE:
    case NV_REPLY_INVITED:
    case NV_REPLY_NO_ANSWER:
    default:
      return ICAL_PARTSTAT_NEEDSACTION;
    }
}

/* An invitation names everyone it goes to; a publication names nobody
 * (RFC 5546, 3.2.1) */
static void
add_attendees (icalcomponent *event,
               NvPlan        *plan,
               NvMeeting     *meeting)
{
  GListModel *participants = nv_meeting_get_participants (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (participants), i));
      NvRecord *person = nv_plan_lookup (plan, nv_participant_get_person (participant));
      g_autofree char *address = NULL;
      icalproperty *attendee;

      if (!NV_IS_PERSON (person) || text_or_empty (nv_person_get_email (NV_PERSON (person))) == NULL)
        continue;

      address = g_strconcat ("mailto:", nv_person_get_email (NV_PERSON (person)), NULL);
      attendee = person_property (icalproperty_new_attendee (address), nv_person_get_name (NV_PERSON (person)));
      icalproperty_add_parameter (attendee, icalparameter_new_role (ICAL_ROLE_REQPARTICIPANT));
      icalproperty_add_parameter (attendee, icalparameter_new_partstat (participation (nv_participant_get_reply (participant))));
      icalproperty_add_parameter (attendee, icalparameter_new_rsvp (ICAL_RSVP_TRUE));
      icalcomponent_add_property (event, attendee);
    }
}

static gboolean
has_attendee (NvPlan    *plan,
              NvMeeting *meeting)
{
  GListModel *participants = nv_meeting_get_participants (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (participants), i));
      NvRecord *person = nv_plan_lookup (plan, nv_participant_get_person (participant));

      if (NV_IS_PERSON (person) && text_or_empty (nv_person_get_email (NV_PERSON (person))) != NULL)
        return TRUE;
    }
  return FALSE;
}

/**
 * nv_ical_publish_warning:
 * @meetings: (element-type NvMeeting): the meetings to publish
 *
 * A calendar file is still written for meetings whose network's organiser
 * has no e-mail address, but it has no ORGANIZER, which some calendar
 * programs want; this says so.
 *
 * Returns: (transfer full) (nullable): the warning, or %NULL
 */
char *
nv_ical_publish_warning (NvPlan    *plan,
                         GPtrArray *meetings)
{
  guint n = 0;

  for (guint i = 0; i < meetings->len; i++)
    n += organiser_with_address (plan, g_ptr_array_index (meetings, i)) == NULL;

  if (n == 0)
    return NULL;

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a warning after exporting to a calendar file */
                                       "%u meeting has no organiser with an e-mail address, so some calendar programs may not import it",
                                       "%u meetings have no organiser with an e-mail address, so some calendar programs may not import them",
                                       n), n);
}

/* What a calendar shows of an agenda item: not what the minutes record */
static GParamSpec * const *
agenda_fields_shown (void)
{
  static const char * const names[] = {
    "title", "duration", "kind", "lead", "lead-text", "notes", "case-number", "attachments",
  };
  static GParamSpec **fields;

  /* Looked up once: events are made in several threads */
  if (g_once_init_enter (&fields))
    {
      GObjectClass *klass = g_type_class_ref (NV_TYPE_AGENDA_ITEM);
      GParamSpec **found = g_new0 (GParamSpec *, G_N_ELEMENTS (names) + 1);

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        found[i] = g_object_class_find_property (klass, names[i]);
      g_once_init_leave (&fields, found);
    }
  return (GParamSpec * const *) fields;
}

/* What the calendar shows of a meeting: when it changes, SEQUENCE rises.
 * It is made from the meeting's content, not from the text written, so
 * that exporting under another language does not count as a change. */
static char *
content_digest (icalcomponent *event,
                NvPlan        *plan,
                NvMeeting     *meeting,
                NvIcalMethod   method)
{
  static const icalproperty_kind kinds[] = {
    ICAL_DTSTART_PROPERTY, ICAL_DTEND_PROPERTY, ICAL_LOCATION_PROPERTY,
    ICAL_STATUS_PROPERTY, ICAL_ORGANIZER_PROPERTY, ICAL_CATEGORIES_PROPERTY,
  };
  g_autoptr(NvAgendaTimes) times = nv_agenda_times_new (meeting);
  GListModel *agenda = nv_meeting_get_agenda (meeting);
  GListModel *participants = nv_meeting_get_participants (meeting);
  NvNetwork *network = NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));
  g_autoptr(GString) content = g_string_new (NULL);

  /* A cancellation is news even for a meeting already published as
   * cancelled: it must come with a higher SEQUENCE (RFC 5546, 3.2.5) */
  if (method == NV_ICAL_CANCEL)
    g_string_append (content, "CANCEL\n");

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      icalproperty *property = icalcomponent_get_first_property (event, kinds[i]);

      if (property != NULL)
        g_string_append (content, icalproperty_as_ical_string (property));
    }

  /* SUMMARY, without its fallback word in the user's language */
  g_string_append_printf (content, "network=%s\nsubtheme=%s\ntitle=%s\n",
                          network && nv_network_get_name (network) ? nv_network_get_name (network) : "",
                          nv_meeting_get_subtheme (meeting) ? nv_meeting_get_subtheme (meeting) : "",
                          nv_meeting_get_title (meeting) ? nv_meeting_get_title (meeting) : "");

  /* DESCRIPTION: the agenda as the text agenda shows it (not what the
   * minutes record of it), its times, the roles and the participants */
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      NvAgendaItem *item = NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (agenda), i));
      const char *leader = nv_plan_person_name (plan, nv_agenda_item_get_lead_person (item));

      nv_record_append_field_lines (NV_RECORD (item), agenda_fields_shown (), content);
      g_string_append_printf (content, "lead-person=%s\n", leader ? leader : "");
    }
  g_string_append_printf (content, "total=%d\n", times->total);
  for (guint i = 0; meeting_roles[i] != NULL; i++)
    {
      g_autofree char *holders = role_holders (plan, meeting, meeting_roles[i]);

      g_string_append_printf (content, "%s=%s\n", meeting_roles[i], holders ? holders : "");
    }
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (participants), i));
      const char *name = nv_plan_person_name (plan, nv_participant_get_person (participant));

      g_string_append_printf (content, "participant=%s\ncontribution=%s\n", name ? name : "",
                              nv_participant_get_contribution (participant) ? nv_participant_get_contribution (participant) : "");
    }

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, content->str, content->len);
}

/* The meeting's SEQUENCE: one more if what is exported differs from last time */
static int
next_sequence (NvMeeting  *meeting,
               const char *digest)
{
  NvCalendarState *state = nv_meeting_get_calendar (meeting);
  int sequence = nv_calendar_state_get_sequence (state);
  const char *last = nv_calendar_state_get_digest (state);

  if (last != NULL && !g_str_equal (last, digest))
    sequence++;
  return sequence;
}

/* Records in the meeting what was exported, for the next export */
static void
record_export (NvMeeting  *meeting,
               int         sequence,
               const char *digest)
{
  NvCalendarState *state = nv_meeting_get_calendar (meeting);
  NvHistory *history = nv_record_find_history (NV_RECORD (meeting));

  /* What a calendar was sent is a fact, not an edit to undo */
  if (history != NULL)
    nv_history_begin_unrecorded (history);
  nv_calendar_state_set_sequence (state, sequence);
  nv_calendar_state_set_digest (state, digest);
  if (history != NULL)
    nv_history_end_unrecorded (history);
}

static char *calendar_name_text (const char *name);

/* The event of a meeting; changes nothing, so that events are made in
 * threads: what the export must record is returned in @digest and
 * @sequence */
static icalcomponent *
meeting_event (NvPlan          *plan,
               NvMeeting       *meeting,
               NvIcalMethod     method,
               int              reminder,
               char           **digest,
               int             *sequence)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  g_autofree char *uid = nv_ical_meeting_uid (meeting);
  g_autofree char *summary = nv_ical_meeting_summary (meeting);
  g_autofree char *text = description (plan, meeting);
  NvNetwork *network = NV_NETWORK (nv_record_find_ancestor (NV_RECORD (meeting), NV_TYPE_NETWORK));

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (
    icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ())));
  set_times (event, meeting);

  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (nv_meeting_get_location (meeting) != NULL)
    icalcomponent_add_property (event, icalproperty_new_location (nv_meeting_get_location (meeting)));
  icalcomponent_add_property (event, icalproperty_new_description (text));
  add_organizer (event, plan, meeting);
  icalcomponent_add_property (event, icalproperty_new_status (event_status (meeting, method)));

  /* The network, so that calendar users can show one network's meetings.
   * CATEGORIES is a list: libical 3.0.16 writes a comma in it as it is,
   * which would split the name into two categories, so the name is kept
   * to plain text as X-WR-CALNAME is */
  if (network != NULL && text_or_empty (nv_network_get_name (network)) != NULL)
    {
      g_autofree char *category = calendar_name_text (nv_network_get_name (network));

      if (category[0] != '\0')
        icalcomponent_add_property (event, icalproperty_new_categories (category));
    }

  /* Those invited, and those told it is called off (RFC 5546, 3.2.2, 3.2.5) */
  if (method == NV_ICAL_REQUEST || method == NV_ICAL_CANCEL)
    add_attendees (event, plan, meeting);

  *digest = content_digest (event, plan, meeting, method);
  *sequence = next_sequence (meeting, *digest);
  icalcomponent_add_property (event, icalproperty_new_sequence (*sequence));

  if (reminder >= 0 && method != NV_ICAL_CANCEL)
    {
      icalcomponent *alarm = icalcomponent_new_valarm ();
      struct icaltriggertype trigger = { 0 };

      trigger.time = icaltime_null_time ();
      trigger.duration = icaldurationtype_from_int (-reminder * 60);
      icalcomponent_add_property (alarm, icalproperty_new_action (ICAL_ACTION_DISPLAY));
      icalcomponent_add_property (alarm, icalproperty_new_trigger (trigger));
      icalcomponent_add_property (alarm, icalproperty_new_description (summary));
      icalcomponent_add_component (event, alarm);
    }

  return event;
}

/* X- properties are not escaped by libical 3.0: keep to plain text */
static char *
calendar_name_text (const char *name)
{
  g_autofree char *copy = g_strdup (name);
  GString *text = g_string_new (NULL);

  g_strdelimit (copy, ",;\\\r\n\t", ' ');
  for (const char *p = g_strstrip (copy); *p != '\0'; p++)
    if (*p != ' ' || p[1] != ' ')
      g_string_append_c (text, *p);
  return g_string_free (text, FALSE);
}

static icalproperty_method
ical_method (NvIcalMethod method)
{
  switch (method)
    {
    case NV_ICAL_REQUEST:
      return ICAL_METHOD_REQUEST;
    case NV_ICAL_CANCEL:
      return ICAL_METHOD_CANCEL;
    case NV_ICAL_PUBLISH:
    default:
      return ICAL_METHOD_PUBLISH;
    }
}

/* A run of meetings whose events one thread writes */
typedef struct
{
  NvPlan        *plan;
  GPtrArray     *meetings;
  NvIcalMethod   method;
  int            reminder;
  guint          first;
  guint          end;
  char         **digests;     /* per meeting of the whole export */
  int           *sequences;
  GString       *text;        /* the events' text, appended */
} EventRun;

static gpointer
write_events (gpointer data)
{
  EventRun *run = data;

  for (guint i = run->first; i < run->end; i++)
    {
      icalcomponent *event = meeting_event (run->plan, g_ptr_array_index (run->meetings, i), run->method,
                                            run->reminder, &run->digests[i], &run->sequences[i]);
      g_autofree char *event_text = icalcomponent_as_ical_string_r (event);

      icalcomponent_free (event);
      /* Room for all, by the size of the first */
      if (i == run->first)
        {
          gsize length = run->text->len;

          g_string_set_size (run->text, length + (strlen (event_text) + 256) * (run->end - run->first));
          g_string_truncate (run->text, length);
        }
      g_string_append (run->text, event_text);
    }
  return run;
}

/* The text of @calendar (taken) with an event for each meeting. libical
 * writes every line, one event at a time: each event is written and
 * freed before the next is made, so a calendar of 10 000 meetings never
 * stands in memory whole beside its text. A long export is shared out
 * between the processors, in runs of meetings: making an event only
 * reads the plan, and what each export must record in its meeting is
 * recorded afterwards, here. */
static char *
calendar_with_events (icalcomponent *calendar,
                      NvPlan        *plan,
                      GPtrArray     *meetings,
                      NvIcalMethod   method,
                      int            reminder)
{
  g_autofree char *frame = icalcomponent_as_ical_string_r (calendar);
  const char *end = g_strrstr (frame, "END:VCALENDAR");   /* libical's last line */
  guint n_runs = meetings->len >= 200 ? CLAMP (g_get_num_processors (), 1, 4) : 1;
  g_autofree char **digests = g_new0 (char *, meetings->len);
  g_autofree int *sequences = g_new0 (int, meetings->len);
  g_autofree EventRun *runs = g_new0 (EventRun, n_runs);
  g_autofree GThread **threads = g_new0 (GThread *, n_runs);
  GString *text;

  icalcomponent_free (calendar);
  g_assert (end != NULL);

  for (guint i = 0; i < meetings->len; i++)
    g_return_val_if_fail (nv_meeting_get_date (g_ptr_array_index (meetings, i)) != 0, NULL);

  /* What is made on first use, made before the threads share it */
  nv_plan_lookup (plan, "");
  nv_ical_copenhagen_zone ();
  icaltimezone_get_utc_timezone ();

  text = g_string_new_len (frame, end - frame);
  for (guint r = 0; r < n_runs; r++)
    {
      runs[r] = (EventRun) {
        .plan = plan, .meetings = meetings, .method = method, .reminder = reminder,
        .first = meetings->len * r / n_runs, .end = meetings->len * (r + 1) / n_runs,
        .digests = digests, .sequences = sequences,
        .text = r == 0 ? text : g_string_new (NULL),
      };
      if (r > 0)
        threads[r] = g_thread_new ("nv-ical-export", write_events, &runs[r]);
    }
  write_events (&runs[0]);
  for (guint r = 1; r < n_runs; r++)
    {
      g_thread_join (threads[r]);
      g_string_append_len (text, runs[r].text->str, runs[r].text->len);
      g_string_free (runs[r].text, TRUE);
    }

  for (guint i = 0; i < meetings->len; i++)
    {
      record_export (g_ptr_array_index (meetings, i), sequences[i], digests[i]);
      g_free (digests[i]);
    }

  g_string_append (text, end);
  return g_string_free (text, FALSE);
}

/**
 * nv_ical_export:
 * @meetings: (element-type NvMeeting): the meetings, each with a date
 * @calendar_name: (nullable): a name for a series, as X-WR-CALNAME
 * @reminder: minutes before a meeting to remind, or -1 for none
 *
 * Writes one VCALENDAR with one VTIMEZONE and one VEVENT per meeting.
 * Records in each meeting what was exported, so that a later export
 * raises SEQUENCE only for meetings that changed.
 *
 * Returns: (transfer full): the iCalendar text, or %NULL with @error set
 */
char *
nv_ical_export (NvPlan        *plan,
                GPtrArray     *meetings,
                NvIcalMethod   method,
                const char    *calendar_name,
                int            reminder,
                GError       **error)
{
  icalcomponent *calendar;

  g_return_val_if_fail (NV_IS_PLAN (plan), NULL);

  if (meetings->len == 0)
    {
      g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_NOTHING,
                   _("There are no meetings with a date to export"));
      return NULL;
    }

  if ((method == NV_ICAL_REQUEST || method == NV_ICAL_CANCEL) && meetings->len != 1)
    {
      g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_NOTHING,
                   _("An invitation or a cancellation is for one meeting"));
      return NULL;
    }

  /* A message to people's calendars must say who sends it and to whom;
   * no address is made up */
  if (method == NV_ICAL_REQUEST || method == NV_ICAL_CANCEL)
    {
      NvMeeting *meeting = g_ptr_array_index (meetings, 0);

      if (organiser_with_address (plan, meeting) == NULL)
        {
          g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_NO_ADDRESS,
                       method == NV_ICAL_REQUEST
                       ? _("The network’s organiser has no e-mail address: an invitation must say whom the replies go to")
                       : _("The network’s organiser has no e-mail address: a cancellation must say who sends it"));
          return NULL;
        }
      if (!has_attendee (plan, meeting))
        {
          g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_NO_ADDRESS,
                       method == NV_ICAL_REQUEST
                       ? _("No participant of the meeting has an e-mail address to send the invitation to")
                       : _("No participant of the meeting has an e-mail address to send the cancellation to"));
          return NULL;
        }
    }

  ensure_calendar_id (plan);
  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Netværk developers//Netværk " PACKAGE_VERSION "//DA"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ical_method (method)));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));

  if (calendar_name != NULL)
    {
      g_autofree char *name = calendar_name_text (calendar_name);
      icalproperty *x_name = icalproperty_new_x (name);

      icalproperty_set_x_name (x_name, "X-WR-CALNAME");
      icalcomponent_add_property (calendar, x_name);
    }

  icalcomponent_add_component (calendar, nv_ical_copenhagen_vtimezone ());
  return calendar_with_events (calendar, plan, meetings, method, reminder);
}

static void
add_dated (GPtrArray *meetings,
           NvNetwork *network)
{
  GListModel *list = nv_network_get_meetings (network);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      NvMeeting *meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (list), i));

      if (nv_meeting_get_date (meeting) != 0)
        g_ptr_array_add (meetings, meeting);
    }
}

/**
 * nv_ical_collect:
 * @meeting_id: (nullable): one meeting
 * @network_id: (nullable): a network's series
 *
 * The meetings to export: one, a network's series, or, with neither id,
 * the whole plan; meetings without a date cannot be in a calendar.
 *
 * Returns: (transfer container) (element-type NvMeeting): the meetings,
 *   or %NULL with @error set when an id names nothing
 */
GPtrArray *
nv_ical_collect (NvPlan      *plan,
                 const char  *meeting_id,
                 const char  *network_id,
                 GError     **error)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();

  if (meeting_id != NULL)
    {
      NvRecord *meeting = nv_plan_lookup (plan, meeting_id);

      if (!NV_IS_MEETING (meeting))
        {
          g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_NOT_FOUND,
                       _("There is no meeting with the id “%s”"), meeting_id);
          return NULL;
        }
      if (nv_meeting_get_date (NV_MEETING (meeting)) != 0)
        g_ptr_array_add (meetings, meeting);
    }
  else if (network_id != NULL)
    {
      NvRecord *network = nv_plan_lookup (plan, network_id);

      if (!NV_IS_NETWORK (network))
        {
          g_set_error (error, NV_ICAL_ERROR, NV_ICAL_ERROR_NOT_FOUND,
                       _("There is no network with the id “%s”"), network_id);
          return NULL;
        }
      add_dated (meetings, NV_NETWORK (network));
    }
  else
    {
      GListModel *networks = nv_plan_get_networks (plan);

      for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
        add_dated (meetings, NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (networks), i)));
    }

  return g_steal_pointer (&meetings);
}

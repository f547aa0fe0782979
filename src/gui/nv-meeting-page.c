/* nv-meeting-page.c: one meeting: details, roles, agenda, participants,
 * invitation and the state of its minutes, all but the agenda editable
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-agenda-editor.h"
#include "nv-field-row.h"
#include "nv-format.h"
#include "nv-history.h"
#include "nv-input.h"
#include "nv-letter.h"
#include "nv-util.h"
#include "nv-gui-util.h"
#include "nv-meeting-page.h"
#include "nv-minutes-window.h"
#include "nv-participant.h"
#include "nv-planning.h"
#include "nv-record-list.h"
#include "nv-referat.h"

struct _NvMeetingPage
{
  AdwBin               parent_instance;

  AdwPreferencesGroup *details_group;
  AdwPreferencesGroup *roles_group;
  AdwPreferencesGroup *invitation_group;
  AdwPreferencesGroup *minutes_group;
  AdwPreferencesGroup *attendance_group;
  AdwPreferencesGroup *follow_up_group;
  GtkListBox          *attendance_list;
  GtkListBox          *actions_list;
  GtkListBox          *follow_up_list;
  GtkWidget           *approve_button;
  GtkWidget           *unlock_button;
  NvAgendaEditor      *agenda_editor;
  GtkListBox          *participants_list;
  GtkWidget           *participants_header;
  GtkSizeGroup        *name_column;
  GtkSizeGroup        *menu_column;

  NvPlan              *plan;
  NvHistory           *history;     /* the plan's, to notice replies coming in */
  gulong               changed_handler;
  NvMeeting           *meeting;
  GListModel          *participants;
  GPtrArray           *field_rows;
  GPtrArray           *follow_up;   /* the open action items of earlier meetings shown */
  guint                follow_up_source;
};

G_DEFINE_FINAL_TYPE (NvMeetingPage, nv_meeting_page, ADW_TYPE_BIN)

/* The participants: seed 003's table of who takes part, what they
 * contribute and how (inddragelsesform), typed in place */

static gboolean
string_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");
  return TRUE;
}

/* Leaving a field ends the typing that merges into one undo step */
static void
on_entry_focus_leave_cb (GtkEventControllerFocus *controller,
                         NvRecord                *record)
{
  NvHistory *history = nv_record_find_history (record);

  if (history != NULL)
    nv_history_seal (history);
}

static GtkWidget *
participant_entry_new (NvParticipant *participant,
                       const char    *property,
                       const char    *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  g_object_bind_property_full (participant, property, entry, "text",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               string_to_text, NULL, NULL, NULL);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_entry_focus_leave_cb), participant, 0);
  gtk_widget_add_controller (entry, focus);
  return entry;
}

static char **
suggest_involvement (gpointer user_data)
{
  return nv_planning_suggest (NV_PLAN (user_data), "involvement", NULL);
}

static void
update_participant_name (GtkLabel *label)
{
  NvMeetingPage *self = g_object_get_data (G_OBJECT (label), "page");
  NvParticipant *participant = g_object_get_data (G_OBJECT (label), "participant");
  const char *name = nv_plan_person_name (self->plan, nv_participant_get_person (participant));
  g_autofree char *shown = nv_display_text (name != NULL ? name : _("Unnamed person"));

  gtk_label_set_text (label, shown);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), shown);
}

/* The rest of a participation (who, the reply, attendance) and its
 * removal, behind a button at the end of the row */
static GtkWidget *
participant_menu_new (NvMeetingPage *self,
                      NvParticipant *participant)
{
  static const char * const fields[] = { "person", "reply", "attendance", NULL };
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Participant"));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_size_request (list, 320, -1);
  for (guint i = 0; fields[i] != NULL; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), nv_field_row_new (self->plan, NV_RECORD (participant), fields[i]));

  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "win.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", nv_record_get_id (NV_RECORD (participant)));

  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (button, _("Reply, Attendance and Removal"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
create_participant_row (gpointer item,
                        gpointer user_data)
{
  NvMeetingPage *self = user_data;
  NvParticipant *participant = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *fields = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *how = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *contribution = participant_entry_new (participant, "contribution", _("What they contribute"));
  GtkWidget *involvement = participant_entry_new (participant, "involvement", _("How they take part"));
  GtkWidget *menu = participant_menu_new (self, participant);

  g_object_set_data (G_OBJECT (name), "page", self);
  g_object_set_data (G_OBJECT (name), "participant", participant);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (name), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 16);
  gtk_size_group_add_widget (self->name_column, name);
  update_participant_name (GTK_LABEL (name));
  g_signal_connect_object (participant, "notify::person", G_CALLBACK (update_participant_name), name, G_CONNECT_SWAPPED);

  gtk_widget_add_css_class (how, "linked");
  gtk_box_append (GTK_BOX (how), involvement);
  gtk_box_append (GTK_BOX (how), nv_suggestion_button_new (GTK_EDITABLE (involvement), suggest_involvement,
                                                           g_object_ref (self->plan), g_object_unref,
                                                           _("Earlier Forms of Involvement")));
  gtk_box_set_homogeneous (GTK_BOX (fields), TRUE);
  gtk_widget_set_hexpand (fields, TRUE);
  gtk_box_append (GTK_BOX (fields), contribution);
  gtk_box_append (GTK_BOX (fields), how);

  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), fields);
  gtk_box_append (GTK_BOX (box), menu);
  gtk_size_group_add_widget (self->menu_column, menu);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/* Attendance: present, afbud or absent, one click per participant */

#define ATTENDANCE_KEY "nv-attendance"
#define UPDATING_KEY "nv-updating"

static void
update_attendance_buttons (GtkWidget     *box,
                           GParamSpec    *pspec,
                           NvParticipant *participant)
{
  NvAttendance attendance = nv_participant_get_attendance (participant);

  g_object_set_data (G_OBJECT (box), UPDATING_KEY, GINT_TO_POINTER (TRUE));
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child),
                                  GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), ATTENDANCE_KEY)) ==
                                  (int) attendance);
  g_object_set_data (G_OBJECT (box), UPDATING_KEY, GINT_TO_POINTER (FALSE));
}

static void
on_attendance_toggled_cb (GtkToggleButton *button,
                          NvParticipant   *participant)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;

  if (!gtk_toggle_button_get_active (button) || g_object_get_data (G_OBJECT (box), UPDATING_KEY))
    return;

  if (!nv_minutes_set_attendance (participant,
                                  GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), ATTENDANCE_KEY)), &error))
    update_attendance_buttons (box, NULL, participant);
}

static GtkWidget *
create_attendance_row (gpointer item,
                       gpointer user_data)
{
  NvMeetingPage *self = user_data;
  NvParticipant *participant = item;
  const struct { NvAttendance value; const char *label; const char *tooltip; } choices[] = {
    /* Translators: attendance at a meeting, on a button */
    { NV_ATTENDANCE_PRESENT, C_("attendance", "Present"), NULL },
    /* Translators: attendance at a meeting, on a button: sent regrets (afbud) */
    { NV_ATTENDANCE_REGRETS, C_("attendance", "Regrets"), _("Sent regrets (afbud)") },
    /* Translators: attendance at a meeting, on a button: absent without notice */
    { NV_ATTENDANCE_ABSENT, C_("attendance", "Absent"), _("Absent without notice") },
  };
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *first = NULL;
  const char *name = nv_plan_person_name (self->plan, nv_participant_get_person (participant));

  nv_row_show_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : _("Unnamed person"));
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (choices[i].label);

      g_object_set_data (G_OBJECT (button), ATTENDANCE_KEY, GINT_TO_POINTER (choices[i].value));
      if (choices[i].tooltip != NULL)
        gtk_widget_set_tooltip_text (button, choices[i].tooltip);
      if (first == NULL)
        first = button;
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (first));
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_attendance_toggled_cb), participant, 0);
      gtk_box_append (GTK_BOX (box), button);
    }
  update_attendance_buttons (box, NULL, participant);
  g_signal_connect_object (participant, "notify::attendance", G_CALLBACK (update_attendance_buttons), box,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  NvMeetingPage *self = user_data;

  return nv_action_item_row_new (self->plan, NV_ACTION_ITEM (item), nv_action_item_get_what (item) == NULL);
}

static gboolean
same_actions (GPtrArray *a,
              GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
      return FALSE;
  return TRUE;
}

/* The open action items of earlier meetings, to follow up at this one */
static gboolean
update_follow_up_cb (gpointer user_data)
{
  NvMeetingPage *self = user_data;
  g_autoptr(GPtrArray) open = NULL;
  GtkWidget *child;

  self->follow_up_source = 0;
  if (self->meeting == NULL)
    return G_SOURCE_REMOVE;

  open = nv_meeting_open_actions_before (self->meeting);
  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_group), open->len > 0);
  if (same_actions (open, self->follow_up))
    return G_SOURCE_REMOVE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->follow_up_list))) != NULL)
    gtk_list_box_remove (self->follow_up_list, child);
  for (guint i = 0; i < open->len; i++)
    gtk_list_box_append (self->follow_up_list, nv_earlier_action_row_new (self->plan, g_ptr_array_index (open, i)));
  g_clear_pointer (&self->follow_up, g_ptr_array_unref);
  self->follow_up = g_steal_pointer (&open);
  return G_SOURCE_REMOVE;
}

/* The counts, and what approved minutes lock */
static void
update_minutes_state (NvMeetingPage *self)
{
  NvAttendanceCounts counts;
  g_autofree char *text = NULL;
  gboolean locked;

  if (self->meeting == NULL)
    return;

  locked = nv_minutes_is_locked (self->meeting);
  nv_meeting_count_attendance (self->meeting, &counts);
  text = nv_attendance_format_counts (&counts);
  adw_preferences_group_set_description (self->attendance_group,
                                         text != NULL ? text : _("Not recorded yet"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->attendance_list), !locked);
  gtk_widget_set_sensitive (GTK_WIDGET (self->actions_list), !locked);
  gtk_widget_set_visible (self->approve_button, !locked);
  gtk_widget_set_visible (self->unlock_button, locked);

  /* Later: the item whose done box was just ticked may be leaving the list */
  if (self->follow_up_source == 0)
    self->follow_up_source = g_idle_add (update_follow_up_cb, self);
}

static void
update_participants_header (NvMeetingPage *self)
{
  GListModel *participants = self->meeting != NULL ? nv_meeting_get_participants (self->meeting) : NULL;

  gtk_widget_set_visible (self->participants_header,
                          participants != NULL && g_list_model_get_n_items (participants) > 0);
}

/* After the reply-by date, the invitation says who has not answered */
static void
update_unanswered (NvMeetingPage *self)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *description = NULL;

  if (self->meeting == NULL)
    return;

  people = nv_letter_unanswered (self->plan, self->meeting, nv_date_today ());
  for (guint i = 0; i < people->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                            nv_person_get_name (g_ptr_array_index (people, i)));

  if (people->len > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "The reply-by date has passed, and %u has not answered: %s",
                                                "The reply-by date has passed, and %u have not answered: %s",
                                                people->len),
                                   people->len, names->str);
  adw_preferences_group_set_description (self->invitation_group, description);
}

static void
on_history_changed_cb (NvMeetingPage *self)
{
  update_unanswered (self);
  update_minutes_state (self);
}

void
nv_meeting_page_show (NvMeetingPage *self,
                      NvPlan        *plan,
                      NvMeeting     *meeting)
{
  static const char * const details[] = { "title", "subtheme", "kind", "date", "start", "duration", NULL };
  static const char * const more_details[] = { "location", "status", "catering", NULL };
  static const char * const roles[] = {
    "chair", "minute-taker", "host", "boundary-keeper", "theme-leads", NULL
  };
  static const char * const invitation[] = { "reply-by", "questions", "sent", NULL };
  static const char * const minutes[] = { "status", "approved", "sent", NULL };
  NvRecord *record = NV_RECORD (meeting);

  g_return_if_fail (NV_IS_MEETING_PAGE (self));
  g_return_if_fail (NV_IS_MEETING (meeting));

  g_set_object (&self->plan, plan);
  g_set_object (&self->meeting, meeting);
  if (self->history != nv_plan_get_history (plan))
    {
      if (self->history != NULL)
        g_clear_signal_handler (&self->changed_handler, self->history);
      self->history = nv_plan_get_history (plan);
      self->changed_handler = g_signal_connect_swapped (self->history, "changed",
                                                        G_CALLBACK (on_history_changed_cb), self);
    }
  update_unanswered (self);

  nv_form_clear (self->field_rows);
  nv_form_add_fields (self->field_rows, self->details_group, plan, record, details);
  nv_form_add_row (self->field_rows, self->details_group, nv_end_row_new (meeting));
  nv_form_add_fields (self->field_rows, self->details_group, plan, record, more_details);
  nv_form_add_row (self->field_rows, self->details_group, nv_long_text_row_new (record, "notes"));
  nv_form_add_fields (self->field_rows, self->roles_group, plan, record, roles);
  nv_form_add_fields (self->field_rows, self->invitation_group, plan,
                      NV_RECORD (nv_meeting_get_invitation (meeting)), invitation);
  nv_form_add_row (self->field_rows, self->invitation_group,
                   nv_long_text_row_new (NV_RECORD (nv_meeting_get_invitation (meeting)), "letter"));
  nv_form_add_fields (self->field_rows, self->minutes_group, plan,
                      NV_RECORD (nv_meeting_get_minutes (meeting)), minutes);

  nv_agenda_editor_show (self->agenda_editor, plan, meeting);
  if (self->participants != NULL)
    g_signal_handlers_disconnect_by_func (self->participants, update_participants_header, self);
  g_set_object (&self->participants, nv_meeting_get_participants (meeting));
  g_signal_connect_object (self->participants, "items-changed",
                           G_CALLBACK (update_participants_header), self, G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->participants_list, self->participants,
                           create_participant_row, self, NULL);
  gtk_list_box_bind_model (self->attendance_list, self->participants,
                           create_attendance_row, self, NULL);
  gtk_list_box_bind_model (self->actions_list, nv_meeting_get_actions (meeting),
                           create_action_row, self, NULL);
  g_clear_pointer (&self->follow_up, g_ptr_array_unref);
  update_participants_header (self);
  update_minutes_state (self);
  g_clear_handle_id (&self->follow_up_source, g_source_remove);
  update_follow_up_cb (self);
  nv_scroll_to_top (adw_bin_get_child (ADW_BIN (self)));
}

static void
nv_meeting_page_dispose (GObject *object)
{
  NvMeetingPage *self = NV_MEETING_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_MEETING_PAGE);
  if (self->history != NULL)
    g_clear_signal_handler (&self->changed_handler, self->history);
  self->history = NULL;
  g_clear_handle_id (&self->follow_up_source, g_source_remove);
  g_clear_pointer (&self->follow_up, g_ptr_array_unref);
  g_clear_object (&self->meeting);
  g_clear_object (&self->participants);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->field_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (nv_meeting_page_parent_class)->dispose (object);
}

static void
nv_meeting_page_class_init (NvMeetingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_meeting_page_dispose;

  g_type_ensure (NV_TYPE_AGENDA_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-meeting-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, details_group);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, roles_group);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, invitation_group);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, minutes_group);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, attendance_list);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, actions_list);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, follow_up_group);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, follow_up_list);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, approve_button);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, agenda_editor);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, participants_list);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, participants_header);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, menu_column);
}

static void
nv_meeting_page_init (NvMeetingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->field_rows = g_ptr_array_new ();
  gtk_list_box_set_placeholder (self->participants_list, nv_list_placeholder_new (_("No participants yet")));
  gtk_list_box_set_placeholder (self->attendance_list, nv_list_placeholder_new (_("No participants yet")));
  gtk_list_box_set_placeholder (self->actions_list, nv_list_placeholder_new (_("No action items yet")));
}

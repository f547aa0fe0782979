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
#include "nv-input.h"
#include "nv-gui-util.h"
#include "nv-meeting-page.h"
#include "nv-participant.h"

struct _NvMeetingPage
{
  AdwBin               parent_instance;

  AdwPreferencesGroup *details_group;
  AdwPreferencesGroup *roles_group;
  AdwPreferencesGroup *invitation_group;
  AdwPreferencesGroup *minutes_group;
  NvAgendaEditor      *agenda_editor;
  GtkListBox          *participants_list;

  NvPlan              *plan;
  NvMeeting           *meeting;
  GPtrArray           *field_rows;
};

G_DEFINE_FINAL_TYPE (NvMeetingPage, nv_meeting_page, ADW_TYPE_BIN)

static void
update_participant_row (AdwExpanderRow *row)
{
  NvMeetingPage *self = g_object_get_data (G_OBJECT (row), "page");
  NvParticipant *participant = g_object_get_data (G_OBJECT (row), "participant");
  const char *name = nv_plan_person_name (self->plan, nv_participant_get_person (participant));
  const char *contribution = nv_participant_get_contribution (participant);
  const char *involvement = nv_participant_get_involvement (participant);
  g_autofree char *subtitle = NULL;

  if (contribution != NULL && involvement != NULL)
    subtitle = g_strdup_printf (_("%s · %s"), contribution, involvement);
  else
    subtitle = g_strdup (contribution != NULL ? contribution : involvement);

  nv_row_show_text (ADW_PREFERENCES_ROW (row), name != NULL ? name : _("Unnamed person"), subtitle);
}

static GtkWidget *
create_participant_row (gpointer item,
                        gpointer user_data)
{
  static const char * const fields[] = { "person", "contribution", "involvement", "reply", "attendance", NULL };
  NvMeetingPage *self = user_data;
  NvParticipant *participant = item;
  GtkWidget *row = adw_expander_row_new ();

  g_object_set_data (G_OBJECT (row), "page", self);
  g_object_set_data (G_OBJECT (row), "participant", participant);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  for (guint i = 0; fields[i] != NULL; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              nv_field_row_new (self->plan, NV_RECORD (participant), fields[i]));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               nv_delete_button_new (NV_RECORD (participant), _("Remove Participant")));

  g_signal_connect_object (participant, "notify", G_CALLBACK (update_participant_row), row, G_CONNECT_SWAPPED);
  update_participant_row (ADW_EXPANDER_ROW (row));
  return row;
}

void
nv_meeting_page_show (NvMeetingPage *self,
                      NvPlan        *plan,
                      NvMeeting     *meeting)
{
  static const char * const details[] = {
    "title", "subtheme", "kind", "date", "start", "duration", "location", "status", "catering", NULL
  };
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

  nv_form_clear (self->field_rows);
  nv_form_add_fields (self->field_rows, self->details_group, plan, record, details);
  nv_form_add_row (self->field_rows, self->details_group, nv_long_text_row_new (record, "notes"));
  nv_form_add_fields (self->field_rows, self->roles_group, plan, record, roles);
  nv_form_add_fields (self->field_rows, self->invitation_group, plan,
                      NV_RECORD (nv_meeting_get_invitation (meeting)), invitation);
  nv_form_add_row (self->field_rows, self->invitation_group,
                   nv_long_text_row_new (NV_RECORD (nv_meeting_get_invitation (meeting)), "letter"));
  nv_form_add_fields (self->field_rows, self->minutes_group, plan,
                      NV_RECORD (nv_meeting_get_minutes (meeting)), minutes);

  nv_agenda_editor_show (self->agenda_editor, plan, meeting);
  gtk_list_box_bind_model (self->participants_list, nv_meeting_get_participants (meeting),
                           create_participant_row, self, NULL);
  nv_scroll_to_top (adw_bin_get_child (ADW_BIN (self)));
}

static void
nv_meeting_page_dispose (GObject *object)
{
  NvMeetingPage *self = NV_MEETING_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_MEETING_PAGE);
  g_clear_object (&self->meeting);
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
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, agenda_editor);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, participants_list);
}

static void
nv_meeting_page_init (NvMeetingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->field_rows = g_ptr_array_new ();
  gtk_list_box_set_placeholder (self->participants_list, nv_list_placeholder_new (_("No participants yet")));
}

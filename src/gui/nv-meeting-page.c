/* nv-meeting-page.c: one meeting's details, roles, agenda and participants
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-agenda-item.h"
#include "nv-format.h"
#include "nv-gui-util.h"
#include "nv-meeting-page.h"
#include "nv-participant.h"

struct _NvMeetingPage
{
  AdwBin        parent_instance;

  AdwActionRow *when_row;
  AdwActionRow *subtheme_row;
  AdwActionRow *location_row;
  AdwActionRow *length_row;
  AdwActionRow *status_row;
  AdwActionRow *catering_row;
  AdwActionRow *chair_row;
  AdwActionRow *minute_taker_row;
  AdwActionRow *host_row;
  GtkListBox   *agenda_list;
  GtkListBox   *participants_list;

  NvPlan       *plan;
  NvMeeting    *meeting;
};

G_DEFINE_FINAL_TYPE (NvMeetingPage, nv_meeting_page, ADW_TYPE_BIN)

static char *
lead_text (NvPlan       *plan,
           NvAgendaItem *item)
{
  switch (nv_agenda_item_get_lead (item))
    {
    case NV_LEAD_CHAIR:
      return g_strdup (_("Led by the chair"));
    case NV_LEAD_EVERYONE:
      return g_strdup (_("Everyone"));
    case NV_LEAD_PERSON:
      return g_strdup (nv_plan_person_name (plan, nv_agenda_item_get_lead_person (item)));
    case NV_LEAD_OTHER:
      return g_strdup (nv_agenda_item_get_lead_text (item));
    case NV_LEAD_NONE:
    default:
      return NULL;
    }
}

static GtkWidget *
create_agenda_row (gpointer item,
                   gpointer user_data)
{
  NvMeetingPage *self = user_data;
  NvAgendaItem *agenda_item = item;
  g_autofree char *subtitle = lead_text (self->plan, agenda_item);
  int duration = nv_agenda_item_get_duration (agenda_item);
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), nv_agenda_item_get_title (agenda_item));
  adw_action_row_set_subtitle (row, subtitle);

  if (nv_agenda_item_get_kind (agenda_item) == NV_ITEM_KIND_PAUSE)
    adw_action_row_add_prefix (row, gtk_image_new_from_icon_name ("preferences-desktop-screensaver-symbolic"));

  if (duration >= 0)
    {
      /* Translators: the length of an agenda item, "15 min" */
      g_autofree char *text = g_strdup_printf (_("%d min"), duration);
      GtkWidget *label = gtk_label_new (text);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (row, label);
    }

  return GTK_WIDGET (row);
}

static GtkWidget *
create_participant_row (gpointer item,
                        gpointer user_data)
{
  NvMeetingPage *self = user_data;
  NvParticipant *participant = item;
  const char *contribution = nv_participant_get_contribution (participant);
  const char *involvement = nv_participant_get_involvement (participant);
  g_autofree char *subtitle = NULL;
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  if (contribution != NULL && involvement != NULL)
    subtitle = g_strdup_printf (_("%s · %s"), contribution, involvement);
  else
    subtitle = g_strdup (contribution != NULL ? contribution : involvement);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 nv_plan_person_name (self->plan, nv_participant_get_person (participant)));
  adw_action_row_set_subtitle (row, subtitle);
  return GTK_WIDGET (row);
}

static void
update_details (NvMeetingPage *self)
{
  NvMeeting *meeting = self->meeting;
  g_autofree char *when = nv_format_when (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting));
  g_autofree char *length = nv_format_duration (nv_meeting_get_duration (meeting));

  nv_row_set_value (self->when_row, when);
  nv_row_set_value (self->subtheme_row, nv_meeting_get_subtheme (meeting));
  nv_row_set_value (self->location_row, nv_meeting_get_location (meeting));
  nv_row_set_value (self->length_row, length != NULL ? length : _("As long as the agenda"));
  nv_row_set_value (self->status_row, nv_enum_label (NV_TYPE_MEETING_STATUS, nv_meeting_get_status (meeting)));
  nv_row_set_value (self->catering_row, nv_meeting_get_catering (meeting));
  nv_row_set_value (self->chair_row, nv_plan_person_name (self->plan, nv_meeting_get_chair (meeting)));
  nv_row_set_value (self->minute_taker_row, nv_plan_person_name (self->plan, nv_meeting_get_minute_taker (meeting)));
  nv_row_set_value (self->host_row, nv_plan_person_name (self->plan, nv_meeting_get_host (meeting)));
}

void
nv_meeting_page_show (NvMeetingPage *self,
                      NvPlan        *plan,
                      NvMeeting     *meeting)
{
  g_return_if_fail (NV_IS_MEETING_PAGE (self));
  g_return_if_fail (NV_IS_MEETING (meeting));

  g_set_object (&self->plan, plan);
  g_set_object (&self->meeting, meeting);

  update_details (self);
  gtk_list_box_bind_model (self->agenda_list, nv_meeting_get_agenda (meeting),
                           create_agenda_row, self, NULL);
  gtk_list_box_bind_model (self->participants_list, nv_meeting_get_participants (meeting),
                           create_participant_row, self, NULL);
}

static void
nv_meeting_page_dispose (GObject *object)
{
  NvMeetingPage *self = NV_MEETING_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_MEETING_PAGE);
  g_clear_object (&self->meeting);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (nv_meeting_page_parent_class)->dispose (object);
}

static void
nv_meeting_page_class_init (NvMeetingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_meeting_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-meeting-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, when_row);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, subtheme_row);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, location_row);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, length_row);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, catering_row);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, chair_row);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, minute_taker_row);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, host_row);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, NvMeetingPage, participants_list);
}

static void
nv_meeting_page_init (NvMeetingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->agenda_list, nv_list_placeholder_new (_("No agenda items yet")));
  gtk_list_box_set_placeholder (self->participants_list, nv_list_placeholder_new (_("No participants yet")));
}
